# An exception in a finally block while another exception is propagating.
def cleanup():
    try:
        raise KeyError("original")
    finally:
        print("cleaning up")
        [].pop()


cleanup()
