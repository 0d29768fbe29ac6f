VALUE = 'helped'
