if x:
    if y:
        pass
    # a
  # b


# end