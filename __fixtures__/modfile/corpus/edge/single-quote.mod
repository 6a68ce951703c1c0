module 'example.com/u'
