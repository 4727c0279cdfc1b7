a === b
