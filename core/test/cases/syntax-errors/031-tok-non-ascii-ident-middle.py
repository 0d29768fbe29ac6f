ab⁂cd = 1
