# Build, install and package tabletop (README.md, "Install").
#
#   make install PREFIX=~/.local     the release binary, data, man pages and completions under PREFIX
#   make dist                        dist/tabletop-VERSION-linux-ARCH.tar.gz, the same layout in one folder
#   make deb                         dist/tabletop_VERSION_ARCH.deb, the same layout under /usr
#   make man                         regenerate Docs/man/*.1 from the command definitions
#
# One release build serves install, dist and deb. BINARY=path installs a binary built elsewhere
# (the tests install the debug build); then nothing is built.

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
VERSION := $(shell sed -n 's/.*static let version = "\(.*\)"/\1/p' Sources/tabletop/Tabletop.swift)
ARCH := $(shell dpkg --print-architecture 2>/dev/null || uname -m)
# The Swift runtime and Foundation are linked in, so the binary runs where Swift is not installed.
RELEASE_FLAGS ?= -c release --product tabletop --static-swift-stdlib
BINARY ?= .build/release/tabletop
# Symbols are stripped from the installed binary (167 MB to 83 MB for the release build); STRIP= keeps them.
STRIP ?= -s
# The date printed in the man pages: that of the last change to a command, so regenerating is stable.
MAN_DATE ?= 2026-12-02
DIST := dist
ROOT = $(DESTDIR)$(PREFIX)

.PHONY: build install uninstall dist deb man

ifeq ($(origin BINARY),command line)
build:
	@test -x "$(BINARY)" || { echo "make: BINARY=$(BINARY) is not an executable" >&2; exit 1; }
else
build:
	$(SWIFT) build $(RELEASE_FLAGS)
endif

install: build
	install -d "$(ROOT)/bin" "$(ROOT)/share/tabletop/Scenarios" "$(ROOT)/share/tabletop/Scoring" \
		"$(ROOT)/share/tabletop/Scenarios/plans" "$(ROOT)/share/tabletop/Scenarios/walkthroughs" \
		"$(ROOT)/share/man/man1" "$(ROOT)/share/man/man5" "$(ROOT)/share/doc/tabletop" \
		"$(ROOT)/share/bash-completion/completions" "$(ROOT)/share/zsh/site-functions" "$(ROOT)/share/fish/vendor_completions.d"
	install -m 755 $(STRIP) "$(BINARY)" "$(ROOT)/bin/tabletop"
	install -m 644 Scenarios/*.yaml Scenarios/FORMAT.md Scenarios/scenario.schema.json "$(ROOT)/share/tabletop/Scenarios/"
	install -m 644 Scenarios/plans/*.plans.yaml "$(ROOT)/share/tabletop/Scenarios/plans/"
	install -m 644 Scenarios/walkthroughs/*.script "$(ROOT)/share/tabletop/Scenarios/walkthroughs/"
	install -m 644 Scoring/*.yaml "$(ROOT)/share/tabletop/Scoring/"
	install -m 644 Docs/man/*.1 "$(ROOT)/share/man/man1/"
	install -m 644 Docs/man/*.5 "$(ROOT)/share/man/man5/"
	install -m 644 README.md LICENSE NOTICE Docs/*.schema.json Docs/team-protocol.md "$(ROOT)/share/doc/tabletop/"
	"$(BINARY)" --generate-completion-script bash > "$(ROOT)/share/bash-completion/completions/tabletop"
	"$(BINARY)" --generate-completion-script zsh > "$(ROOT)/share/zsh/site-functions/_tabletop"
	"$(BINARY)" --generate-completion-script fish > "$(ROOT)/share/fish/vendor_completions.d/tabletop.fish"
	@echo "installed tabletop $(VERSION) in $(ROOT); check it with: $(ROOT)/bin/tabletop doctor"

uninstall:
	rm -f "$(ROOT)/bin/tabletop" "$(ROOT)"/share/man/man1/tabletop*.1 "$(ROOT)/share/man/man5/tabletop-scenario.5" \
		"$(ROOT)/share/bash-completion/completions/tabletop" "$(ROOT)/share/zsh/site-functions/_tabletop" \
		"$(ROOT)/share/fish/vendor_completions.d/tabletop.fish"
	rm -rf "$(ROOT)/share/tabletop" "$(ROOT)/share/doc/tabletop"

# The archive's top folder is a prefix: unpack it anywhere and run tabletop-VERSION/bin/tabletop.
dist: build
	rm -rf "$(DIST)/stage" && mkdir -p "$(DIST)/stage"
	$(MAKE) --no-print-directory install PREFIX= DESTDIR="$(CURDIR)/$(DIST)/stage/tabletop-$(VERSION)" BINARY="$(BINARY)"
	tar -C "$(DIST)/stage" --owner=0 --group=0 -czf "$(DIST)/tabletop-$(VERSION)-linux-$(ARCH).tar.gz" "tabletop-$(VERSION)"
	rm -rf "$(DIST)/stage"
	@echo "built $(DIST)/tabletop-$(VERSION)-linux-$(ARCH).tar.gz"

deb: build
	rm -rf "$(DIST)/deb" && mkdir -p "$(DIST)/deb/DEBIAN"
	$(MAKE) --no-print-directory install PREFIX=/usr DESTDIR="$(CURDIR)/$(DIST)/deb" BINARY="$(BINARY)"
	sed -e 's/@VERSION@/$(VERSION)/' -e 's/@ARCH@/$(ARCH)/' \
		-e "s/@SIZE@/$$(du -sk "$(DIST)/deb/usr" | cut -f1)/" packaging/control.in > "$(DIST)/deb/DEBIAN/control"
	dpkg-deb --root-owner-group --build "$(DIST)/deb" "$(DIST)/tabletop_$(VERSION)_$(ARCH).deb"
	rm -rf "$(DIST)/deb"

# Regenerates the section-1 pages with swift-argument-parser's generate-manual plugin (on the debug
# build, which `swift build` keeps up to date). tabletop-scenario.5 is written by hand.
man:
	$(SWIFT) package plugin generate-manual --configuration debug --multi-page --date $(MAN_DATE) \
		--authors "the tabletop authors"
	rm -f Docs/man/*.1
	cp .build/plugins/GenerateManual/outputs/tabletop/*.1 Docs/man/
