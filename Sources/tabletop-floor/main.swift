// The smallest Swift program that prints a prompt: the floor the benchmark compares tabletop's start with.
print("[T+00:00 sev?] > ", terminator: "")
_ = readLine()
