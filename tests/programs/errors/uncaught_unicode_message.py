# Exception messages with non-ASCII text and a stdout line printed before.
print("résumé: ✓")
raise ValueError("données invalides: ∑ ≠ 0")
