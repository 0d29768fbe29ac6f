match x:
    case {**r, "k": v}:
        pass
