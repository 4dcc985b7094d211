# Warnings every Outfall target compiles with. Call outfall_target_warnings(target).
function(outfall_target_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                                           -Wnon-virtual-dtor -Wold-style-cast
                                           -Wcast-align -Woverloaded-virtual)
  if(OUTFALL_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  # QT_NO_CAST_FROM_ASCII keeps encodings explicit; QStringLiteral/u"" everywhere.
  target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
                                               QT_NO_KEYWORDS)
endfunction()
