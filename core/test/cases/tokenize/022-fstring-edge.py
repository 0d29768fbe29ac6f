a = f"{x!r}" f"{x!s:>10}" f"{x!a}" f'{"nested" + f"{y}"}' f"""{
x
:>{w}}""" f"{'\n'.join(z)}" f"{x:{'}'}}"
b = f"é{ünï}€{x:é^9}" f"{x=}{y = !r}" f"{3.14:.2f}" f"{1:#x}" f"{a[1:2]}" f"{ {1: 2}[1] }"
c = rf"\d{x}\{{" Rf'\N{x}' f"\N{GREEK SMALL LETTER ALPHA}{x}\N{DASH}" fr"{x}\\"
d = f"{x
  # comment inside
  + 1}" f"{(
1,
2)}"
e = f'' F"" f'''''' f"{x}" "plain" f"{{}}" f"}}{{"
