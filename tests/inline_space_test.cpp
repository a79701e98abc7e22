// Inline spaces in document text: what the structure stage skips between two words.
#include <gtest/gtest.h>

#include <string_view>

#include "inline_space.h"

namespace clausecheck {
namespace {

TEST(InlineSpace, EveryUnicodeSpaceOnALine_IsOne) {
  EXPECT_EQ(inline_space_length(" x", 0), 1u);
  EXPECT_EQ(inline_space_length("\tx", 0), 1u);
  EXPECT_EQ(inline_space_length("\xC2\xA0x", 0), 2u);      // no-break space
  EXPECT_EQ(inline_space_length("\xE2\x80\x89x", 0), 3u);  // thin space
  EXPECT_EQ(inline_space_length("\xE2\x80\xAFx", 0), 3u);  // narrow no-break space
  EXPECT_EQ(inline_space_length("\xE3\x80\x80x", 0), 3u);  // ideographic space
  EXPECT_EQ(inline_space_length("\xE2\x80\x8Bx", 0), 3u);  // zero-width space: invisible
}

TEST(InlineSpace, LineBreaksLettersAndTheSoftHyphen_AreNotInlineSpaces) {
  EXPECT_EQ(inline_space_length("\nx", 0), 0u);
  EXPECT_EQ(inline_space_length("\rx", 0), 0u);
  EXPECT_EQ(inline_space_length("\xE2\x80\xA8x", 0), 0u);  // line separator
  EXPECT_EQ(inline_space_length("\xC2\xAD", 0), 0u);       // soft hyphen: inside a word
  EXPECT_EQ(inline_space_length("\xC3\xA9", 0), 0u);       // é
  EXPECT_EQ(inline_space_length("\xC2", 0), 0u);           // a truncated sequence
  EXPECT_EQ(inline_space_length("x", 1), 0u);              // past the end
}

TEST(InlineSpace, InvisibleCharacters_AreToldFromVisibleSpaces) {
  EXPECT_TRUE(is_invisible_at("\xE2\x80\x8Bx", 0));   // zero-width space
  EXPECT_TRUE(is_invisible_at("\xE2\x80\x8Dx", 0));   // zero-width joiner
  EXPECT_TRUE(is_invisible_at("\xEF\xBB\xBFx", 0));   // byte order mark
  EXPECT_FALSE(is_invisible_at("\xC2\xA0x", 0));      // no-break space: a space
  EXPECT_FALSE(is_invisible_at(" x", 0));
  EXPECT_FALSE(is_invisible_at("\xC2\xAD", 0));       // soft hyphen
  EXPECT_FALSE(is_invisible_at("x", 1));              // past the end
}

TEST(InlineSpace, SkipBeforeAndTrim_CrossMixedSpaces) {
  constexpr std::string_view s = "\xC2\xA0 \xE2\x80\x89means\xE2\x80\xAF";
  EXPECT_EQ(skip_inline_spaces(s, 0), 6u);
  EXPECT_EQ(inline_space_length_before(s, s.size()), 3u);
  EXPECT_EQ(inline_space_length_before(s, 6), 3u);
  EXPECT_EQ(inline_space_length_before(s, 0), 0u);
  EXPECT_EQ(trim_inline_spaces(s), "means");
  EXPECT_EQ(trim_inline_spaces("\xE2\x80\x89"), "");
}

}  // namespace
}  // namespace clausecheck
