raw = b'ok \xe2\x82\xac and bad \xe2\x28'
text = raw.decode('utf-8', 'ignore')
print(text)
print(raw.decode())
