; line comment
(a #| block
 comment |# b) ; trailing
#| top |#
