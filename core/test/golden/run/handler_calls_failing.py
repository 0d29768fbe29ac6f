def cleanup():
    raise OSError("cleanup failed")

def main():
    try:
        raise ValueError("primary")
    except ValueError:
        cleanup()

main()
