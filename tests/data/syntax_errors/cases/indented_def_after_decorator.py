@d
  def f(): pass
