package dibao.archive;

import java.util.List;

/** A person, organisation or place of the archive, how often it appears and its titles. */
public record EntityCount(String type, String name, long pages, long articles, List<String> titles) {
}
