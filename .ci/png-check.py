#!/usr/bin/env python3
"""Fail when a screenshot is blank: too small a file, too few distinct colours, or (with --dark / --light)
the wrong background. Pure Python (zlib), so CI needs no imaging library.

usage: png-check.py [--dark|--light] FILE...
"""
import struct
import sys
import zlib


def pixels(path):
    """Width, height and rows of (r, g, b) tuples of an 8-bit RGB or RGBA PNG, unfiltered."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            if depth != 8 or colour not in (2, 6):
                raise SystemExit(f"{path}: unsupported PNG (depth {depth}, colour type {colour})")
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw, stride, rows, previous = zlib.decompress(idat), width * channels, [], bytearray(width * channels)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, corner = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1: line[i] = (line[i] + left) & 255
            elif kind == 2: line[i] = (line[i] + up) & 255
            elif kind == 3: line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(line)
        previous = line
    return width, height, channels, rows


def main(arguments):
    mode = None
    if arguments and arguments[0] in ("--dark", "--light"):
        mode, arguments = arguments[0], arguments[1:]
    failed = False
    for path in arguments:
        width, height, channels, rows = pixels(path)
        colours, total, count = set(), 0, 0
        for line in rows[::4]:
            for x in range(0, width * channels, channels * 2):
                r, g, b = line[x], line[x + 1], line[x + 2]
                colours.add((r, g, b))
                total += (r * 299 + g * 587 + b * 114) // 1000
                count += 1
        mean = total / max(count, 1)
        verdict = "ok"
        if len(colours) < 24:
            verdict = f"blank? only {len(colours)} distinct colours"
        elif mode == "--dark" and mean > 110:
            verdict = f"not dark: mean luminance {mean:.0f}"
        elif mode == "--light" and mean < 140:
            verdict = f"not light: mean luminance {mean:.0f}"
        failed |= verdict != "ok"
        print(f"{path}: {width}x{height}, {len(colours)} colours, mean luminance {mean:.0f}: {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
