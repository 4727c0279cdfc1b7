del print()
