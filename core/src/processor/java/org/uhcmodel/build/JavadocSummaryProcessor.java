package org.uhcmodel.build;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.util.DocTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the first sentence of the Javadoc of every public type of the model's API packages, and of each of its
 * public accessors (public instance methods without parameters), to {@code org/uhcmodel/internal/javadoc.properties}
 * among the compiled classes, where the model's description reads it ({@code ModelType.description()},
 * {@code Property.description()}, {@code Vocabulary.description()}). The Javadoc stays the one place a type or a
 * property is described: the file is made anew by every compilation and never edited.
 * <p>
 * Keys are {@code org.uhcmodel.actor.Organization} for a type and {@code org.uhcmodel.actor.Organization#name} for
 * an accessor; values are plain text: inline tags are replaced by their text ({@code {@code x}} by {@code x},
 * {@code {@link T#m label}} by its label, else by {@code T.m}), HTML elements are dropped, entities decoded and white
 * space collapsed. Keys are written in order, so that two builds write the same bytes.
 * <p>
 * Run by javac during the compilation of core only; it is not part of any artifact.
 */
@SupportedAnnotationTypes("*")
public final class JavadocSummaryProcessor extends AbstractProcessor {

    /** Where the summaries go, relative to the class output. */
    static final String PACKAGE = "org.uhcmodel.internal";
    static final String FILE = "javadoc.properties";

    /** The package of the engine, whose types are no part of the API. */
    private static final String INTERNAL = "org.uhcmodel.internal";

    private final Map<String, String> summaries = new TreeMap<>();

    /** Creates the processor; called by javac. */
    public JavadocSummaryProcessor() {
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        DocTrees trees = DocTrees.instance(processingEnv);
        for (Element root : round.getRootElements()) {
            if (root instanceof TypeElement && isApi((TypeElement) root)) {
                collect(trees, (TypeElement) root);
            }
        }
        if (round.processingOver()) {
            write();
        }
        return false;
    }

    private boolean isApi(TypeElement type) {
        PackageElement pkg = processingEnv.getElementUtils().getPackageOf(type);
        String name = pkg.getQualifiedName().toString();
        return type.getModifiers().contains(Modifier.PUBLIC) && name.startsWith("org.uhcmodel.")
            && !name.equals(INTERNAL) && !name.startsWith(INTERNAL + ".");
    }

    private void collect(DocTrees trees, TypeElement type) {
        String name = type.getQualifiedName().toString();
        put(name, summary(trees, type));
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() != ElementKind.METHOD) {
                continue;
            }
            ExecutableElement method = (ExecutableElement) member;
            Set<Modifier> modifiers = method.getModifiers();
            if (modifiers.contains(Modifier.PUBLIC) && !modifiers.contains(Modifier.STATIC)
                && method.getParameters().isEmpty() && method.getReturnType().getKind() != TypeKind.VOID) {
                put(name + "#" + method.getSimpleName(), summary(trees, method));
            }
        }
    }

    private void put(String key, String summary) {
        if (!summary.isEmpty()) {
            summaries.put(key, summary);
        }
    }

    /** The first sentence of an element's Javadoc, as plain text; empty if it has none. */
    private static String summary(DocTrees trees, Element element) {
        DocCommentTree comment = trees.getDocCommentTree(element);
        if (comment == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        append(comment.getFirstSentence(), text);
        return text.toString().replaceAll("\\s+", " ").trim();
    }

    private static void append(List<? extends DocTree> trees, StringBuilder text) {
        for (DocTree tree : trees) {
            switch (tree.getKind()) {
                case TEXT:
                    text.append(((TextTree) tree).getBody());
                    break;
                case CODE:
                case LITERAL:
                    text.append(((LiteralTree) tree).getBody().getBody());
                    break;
                case LINK:
                case LINK_PLAIN:
                    LinkTree link = (LinkTree) tree;
                    if (link.getLabel().isEmpty()) {
                        String signature = link.getReference().getSignature();
                        text.append(signature.startsWith("#") ? signature.substring(1) : signature.replace('#', '.'));
                    } else {
                        append(link.getLabel(), text);
                    }
                    break;
                case ENTITY:
                    text.append(entity(((EntityTree) tree).getName().toString()));
                    break;
                case START_ELEMENT:
                case END_ELEMENT:
                    break;
                default:
                    text.append(tree);
                    break;
            }
        }
    }

    private static String entity(String name) {
        switch (name) {
            case "amp":
                return "&";
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            case "nbsp":
                return "\u00a0";
            default:
                if (name.startsWith("#x") || name.startsWith("#X")) {
                    return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
                }
                if (name.startsWith("#")) {
                    return new String(Character.toChars(Integer.parseInt(name.substring(1))));
                }
                return "&" + name + ";";
        }
    }

    private void write() {
        try {
            FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, PACKAGE, FILE);
            try (Writer out = file.openWriter()) {
                out.write("# The first sentence of the Javadoc of each public type and accessor of the model, written "
                    + "by the build.\n");
                for (Map.Entry<String, String> e : summaries.entrySet()) {
                    out.write(escape(e.getKey()) + "=" + escape(e.getValue()) + "\n");
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Escapes text for a properties file: backslashes, separators and line ends, and every non-ASCII character. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '=' || c == ':' || c == '#' || c == '!') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
