# Seed L08-09: STORE_ATTR writes the instance dict; data descriptor > instance dict > non-data.
class NonData:
    def __get__(self, obj, owner):
        return 'nondata'
class C:
    @property
    def p(self):
        return 'prop'
    n = NonData()
c = C()
c.__dict__['p'] = 'inst'
c.__dict__['n'] = 'inst'
print(c.p, c.n)
c.other = 1
print(c.__dict__)
