# A library system: books, members, loans, class-level counters and user exceptions.
class LibraryError(Exception):
    pass

class NotAvailable(LibraryError):
    pass

class LimitReached(LibraryError):
    pass

class Book:
    count = 0
    def __init__(self, title, author):
        Book.count += 1
        self.id = Book.count
        self.title = title
        self.author = author
        self.borrower = None
    @property
    def available(self):
        return self.borrower is None
    def __repr__(self):
        return f'#{self.id} {self.title!r} by {self.author}'

class Member:
    limit = 2
    def __init__(self, name):
        self.name = name
        self.books = []
    def __repr__(self):
        return f'Member({self.name}, {len(self.books)} books)'

class Premium(Member):
    limit = 4

class Library:
    def __init__(self):
        self.books = {}
    def add(self, *books):
        for b in books:
            self.books[b.id] = b
    def lend(self, book_id, member):
        book = self.books[book_id]
        if not book.available:
            raise NotAvailable(f'{book.title!r} is lent to {book.borrower.name}')
        if len(member.books) >= member.limit:
            raise LimitReached(f'{member.name} already has {member.limit} books')
        book.borrower = member
        member.books.append(book)
    def give_back(self, book_id):
        book = self.books[book_id]
        book.borrower.books.remove(book)
        book.borrower = None
    def available(self):
        return [b for b in self.books.values() if b.available]

lib = Library()
lib.add(Book('Dune', 'Herbert'), Book('Emma', 'Austen'), Book('Ulysses', 'Joyce'), Book('Beloved', 'Morrison'))
ann, bob = Member('ann'), Premium('bob')
lib.lend(1, ann)
lib.lend(2, ann)
for book_id, who in [(3, ann), (1, bob), (3, bob), (4, bob)]:
    try:
        lib.lend(book_id, who)
        print('lent', lib.books[book_id], 'to', who.name)
    except LibraryError as e:
        print(type(e).__name__ + ':', e)
print(ann, bob, lib.available())
lib.give_back(1)
print(ann.books, lib.books[1].available, Book.count)
try:
    lib.lend(99, ann)
except KeyError as e:
    print('no such book', e)
