# A continue, break or return in a finally block has no warning in 3.12 (it comes in 3.14),
# but other constructs here do: an invalid escape inside an f-string.
def f():
    try:
        return 1
    finally:
        return 2


print(f())
print(f"\d{1 + 1}")
