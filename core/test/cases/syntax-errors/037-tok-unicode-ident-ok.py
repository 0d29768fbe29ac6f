café = 1
ｆｏｏ = café
