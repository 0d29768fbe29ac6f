SEEN = []
def find_spec(name, path, target=None):
    SEEN.append((name, path is None))
    return None
