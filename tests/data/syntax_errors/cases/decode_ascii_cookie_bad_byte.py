# coding: ascii
x = 'Á'
