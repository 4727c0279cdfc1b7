# no coding declaration
s = "café"
