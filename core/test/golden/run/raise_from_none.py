try:
    raise ValueError("hidden")
except ValueError:
    raise LookupError("shown") from None
