# -*- coding: utf-8 -*-
café = 1
ñame = "日本語"
変数 = café + 1  # コメント
x = "€" + 'é'; ｆｕｌｌ = 2
ℌ = 3
def λ(α, β): return α + β
print(f"{café}€{変数:>{ñame}}")
𝔘𝔫𝔦 = "𝔘"
