name = 'ceval'
version = 3
print(name + ' ' + str(version))
print(name + version)
