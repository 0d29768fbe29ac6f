# A deck of cards: Card with __lt__/__eq__/__hash__, a Deck with __len__/__getitem__, deterministic shuffle.
class Card:
    RANKS = ['2', '3', '4', '5', '6', '7', '8', '9', '10', 'J', 'Q', 'K', 'A']
    SUITS = ['clubs', 'diamonds', 'hearts', 'spades']
    SYMBOLS = {'clubs': 'c', 'diamonds': 'd', 'hearts': 'h', 'spades': 's'}

    def __init__(self, rank, suit):
        if rank not in self.RANKS:
            raise ValueError(f'bad rank {rank!r}')
        if suit not in self.SUITS:
            raise ValueError(f'bad suit {suit!r}')
        self.rank, self.suit = rank, suit

    @property
    def value(self):
        return self.RANKS.index(self.rank)

    def __lt__(self, other):
        return (self.value, self.SUITS.index(self.suit)) < (other.value, self.SUITS.index(other.suit))

    def __eq__(self, other):
        return isinstance(other, Card) and (self.rank, self.suit) == (other.rank, other.suit)

    def __hash__(self):
        return hash((self.rank, self.suit))

    def __repr__(self):
        return self.rank + self.SYMBOLS[self.suit]

class Deck:
    def __init__(self):
        self.cards = [Card(r, s) for s in Card.SUITS for r in Card.RANKS]

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]

    def shuffle(self, seed):
        state = seed
        for i in range(len(self.cards) - 1, 0, -1):
            state = (state * 1103515245 + 12345) % 2 ** 31
            j = state % (i + 1)
            self.cards[i], self.cards[j] = self.cards[j], self.cards[i]

    def deal(self, n):
        if n > len(self):
            raise ValueError(f'cannot deal {n} from {len(self)} cards')
        hand, self.cards = self.cards[:n], self.cards[n:]
        return hand

deck = Deck()
print(len(deck), deck[0], deck[-1], deck[:3], Card('A', 'spades') in deck)
deck.shuffle(42)
hands = [deck.deal(5) for _ in range(3)]
for h in hands:
    print(sorted(h), max(h), min(h))
print(len(deck), len(set(deck.cards)), sorted(hands[0], reverse=True)[0])
print(Card('10', 'hearts') == Card('10', 'hearts'), Card('2', 'clubs') < Card('2', 'spades'))
for args in [('1', 'hearts'), ('A', 'stars')]:
    try:
        Card(*args)
    except ValueError as e:
        print(e)
try:
    deck.deal(100)
except ValueError as e:
    print(e)
print(sorted({c.suit for c in hands[1]}))
