package online.pass24.desk.communication.domain;

import org.tartarus.snowball.ext.RussianStemmer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the regulation's "what not to say" phrases in a message, as a reader would: whatever
 * the case, punctuation, ё or е, the word forms ("займёт" / "займет", "проблемы" / "проблема")
 * and a few words put in between ("это, к сожалению, займёт очень много времени").
 */
public final class ForbiddenPhrases {

    /** Words that may stand between two words of a phrase. */
    public static final int MAX_INSERTED_WORDS = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+");

    private ForbiddenPhrases() {
    }

    public record Finding(String phrase, String found, int start, int end) {
    }

    private record Token(String stem, int start, int end) {
    }

    public static List<Finding> find(String text, List<String> phrases) {
        List<Token> tokens = tokens(text);
        List<Finding> findings = new ArrayList<>();
        for (String phrase : phrases) {
            List<Token> words = tokens(phrase);
            if (words.isEmpty()) {
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                int end = match(tokens, i, words);
                if (end >= 0) {
                    int from = tokens.get(i).start();
                    int to = tokens.get(end).end();
                    findings.add(new Finding(phrase, text.substring(from, to), from, to));
                    i = end;
                }
            }
        }
        findings.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return findings;
    }

    /** The index of the text token that completes the phrase started at {@code first}, or -1. */
    private static int match(List<Token> tokens, int first, List<Token> words) {
        if (!same(tokens.get(first).stem(), words.get(0).stem())) {
            return -1;
        }
        int at = first;
        for (int w = 1; w < words.size(); w++) {
            int found = -1;
            for (int j = at + 1; j < tokens.size() && j <= at + 1 + MAX_INSERTED_WORDS; j++) {
                if (same(tokens.get(j).stem(), words.get(w).stem())) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            at = found;
        }
        return at;
    }

    /** Stems agree, or one is the other's form with a different ending ("гарантиру" / "гарантирова"). */
    static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 5) {
            return false;
        }
        int common = 0;
        while (common < shorter && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= shorter - 1;
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        RussianStemmer stemmer = new RussianStemmer();
        while (matcher.find()) {
            String word = matcher.group().toLowerCase(Locale.ROOT).replace('ё', 'е');
            stemmer.setCurrent(word);
            stemmer.stem();
            tokens.add(new Token(stemmer.getCurrent(), matcher.start(), matcher.end()));
        }
        return tokens;
    }
}
