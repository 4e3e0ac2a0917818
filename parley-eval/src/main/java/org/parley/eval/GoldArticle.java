package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;

/** One gold annotation file with the text of the article it annotates. */
public record GoldArticle(String name, JsonNode gold, String text) {}
