package org.parley.extract.quotes;

/**
 * The words between a pair of quotation marks.
 *
 * @param start offset of the first quoted character
 * @param end offset after the last quoted character
 * @param continued the quote goes on in the next paragraph
 * @param continuation the quote goes on from the previous paragraph
 */
record QuoteSpan(int start, int end, boolean continued, boolean continuation) {}
