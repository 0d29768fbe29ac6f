thing = None
thing()
