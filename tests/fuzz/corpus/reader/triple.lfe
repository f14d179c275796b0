"""
  first
    "q" """

  last
  """
#"""
 x
 """
