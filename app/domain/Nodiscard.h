#pragma once

// [[nodiscard]] on a result type: a call that ignores the result does not compile (warnings are
// errors). Spelled as a macro only because Qt's lupdate cannot read an attribute between
// `struct` and the type's name: it would then file the translated messages of that type's
// functions under a wrong context, and they would show untranslated.
#define DD_NODISCARD [[nodiscard]]
