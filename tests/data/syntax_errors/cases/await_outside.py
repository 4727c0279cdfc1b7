x = 1 + await
