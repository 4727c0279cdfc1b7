async def (): pass
