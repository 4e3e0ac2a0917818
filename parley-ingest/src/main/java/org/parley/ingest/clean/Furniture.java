package org.parley.ingest.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Patterns for the page furniture that wraps a news story: each matches a whole line that is not
 * part of the story. Written from how outlets lay out pages in general, not from any one article.
 */
final class Furniture {
  private Furniture() {}

  private static Pattern line(String regex) {
    return Pattern.compile("^\\s*" + regex + "\\s*$", Pattern.CASE_INSENSITIVE);
  }

  /** Case matters for patterns that recognise names by their capitals. */
  private static Pattern casedLine(String regex) {
    return Pattern.compile("^\\s*" + regex + "\\s*$");
  }

  /** Syndication notices: "(This story has not been edited by X staff and is auto-generated ...)". */
  static final List<Pattern> SYNDICATION =
      List.of(
          line("\\(?\\s*this (story|article|report) has not been edited by .*\\)?\\.?"),
          line(".*\\bauto-?generated from a syndicated feed.*"),
          line("\\(?\\s*only the headline of this (story|report) may have been reworked.*\\)?"),
          line("\\(?\\s*(this|the) (story|article) (was|is|has been) (published|syndicated) from .*feed.*\\)?"));

  /** Bylines and credits. */
  static final List<Pattern> CREDITS =
      List.of(
          line("\\(\\s*(writing|reporting|additional reporting|editing|compiled|edited|"
              + "translated|research) (by|for) [^)]*\\)\\.?"),
          line("\\(\\s*(reporting|writing) by [^)]*\\)\\.?"),
          line("(additional )?reporting by .{2,160}"),
          line("(written|edited|compiled|translated) by .{2,120}"),
          casedLine("(By|BY|by)\\s+[A-Z][\\p{L}.'-]+(\\s+[A-Z][\\p{L}.'-]+){0,3}"
              + "(\\s*(,|and|&)\\s*[A-Z][\\p{L}.'-]+(\\s+[A-Z][\\p{L}.'-]+){0,3})*"
              + "(\\s*[,|/-]\\s*[\\p{L} ]{2,40})?"),
          line("(staff|wire) (reporter|writer)s?"),
          line("(posted|published|updated|last (modified|updated))\\s*(on|:)?\\s*.{4,60}"));

  /** Photo captions' credits and photo labels. */
  static final List<Pattern> PHOTO =
      List.of(
          line("(image|photo|picture|video)\\s*(credit|courtesy|source)s?\\s*[:-].*"),
          line("(photo|photograph|picture|image|file photo)\\s*:\\s*.{1,120}"),
          casedLine("(\\p{Lu}[\\p{L}.]*\\s+){0,3}([Ff]ile )?([Pp]hoto|[Pp]hotograph|[Pp]icture|[Ii]mage)s?"),
          line("file (photo|picture|image)"),
          line("[\\[(]\\s*(AFP|AP|Reuters|EPA|Getty Images|Xinhua|Anadolu|Shutterstock)(\\s*/\\s*[\\p{L} .]+)?\\s*[\\])]"),
          line("\\(?(file )?(photo|picture)\\)?"),
          line(".{0,60}(getty images|shutterstock|reuters/|/ ?afp|/ ?reuters|/ ?ap photo).{0,60}"));

  /** A caption ends with its agency in brackets: "... in Kigali [AFP]", "... (Reuters photo)". */
  static final Pattern CAPTION_CREDIT =
      Pattern.compile(
          "^.{10,400}\\s[\\[(]\\s*(AFP|AP|Reuters|EPA|Getty( Images)?|Xinhua|Anadolu|"
              + "(\\p{Lu}[\\p{L}]+ )?(file )?photo|photo[^\\])]*)\\s*[\\])]\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** Calls to act: share, subscribe, read also, related, advertisement, comments. */
  static final List<Pattern> PROMPTS =
      List.of(
          line("(share|share this|share on|tweet|email|print|whatsapp|facebook|twitter|linkedin)"
              + "( this)?( (article|story|page))?(\\s*[|/,]\\s*\\w+)*\\s*:?"),
          line("(subscribe|sign up|newsletter|get our newsletter|join us|follow us)\\b.{0,100}"),
          line("(read|see) (also|more)\\s*[:\\-]?.{0,160}"),
          line("related( news| articles| stories| coverage| content| topics| links)?\\s*:?.{0,160}"),
          line("more (on this|stories|from|news)\\b.{0,120}"),
          line("advertisement|sponsored( content)?|ad|scroll to continue( with content)?"),
          line("(comments?|leave a comment|post a comment|add a comment|show comments?|"
              + "\\d+ comments?|join the (discussion|conversation))\\s*:?"),
          line("click here\\b.{0,120}"),
          line("(in depth|in pictures|watch|listen|video|more videos?|top stories|most read|"
              + "trending|recommended|you may also like|editor'?s picks?)\\s*:?"),
          line("video\\s*:.{0,120}"),
          line("(tags?|topics?|filed under)\\s*:.{0,200}"));

  /** Copyright and rights lines. */
  static final List<Pattern> COPYRIGHT =
      List.of(
          line("(©|\\(c\\)|copyright)\\s*.{0,160}"),
          line(".{0,120}all rights reserved\\.?.{0,60}"));
}
