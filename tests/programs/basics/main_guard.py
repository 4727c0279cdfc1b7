# The `if __name__ == "__main__":` idiom.
def main():
    print("main called, __name__ is", __name__)
    return 0


if __name__ == "__main__":
    status = main()
    print("status", status)
else:
    print("imported, not run")
