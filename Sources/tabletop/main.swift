print("tabletop")
