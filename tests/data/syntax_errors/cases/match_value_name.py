match x:
    case a.b(): pass
    case 1 +: pass
