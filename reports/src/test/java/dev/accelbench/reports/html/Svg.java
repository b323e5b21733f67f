package dev.accelbench.reports.html;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/** Checks that a chart is an SVG document a browser will draw: well-formed XML, numbers in every attribute. */
final class Svg {

    static final String NAMESPACE = "http://www.w3.org/2000/svg";

    private Svg() {
    }

    /** Parses {@code svg} with the JDK's XML parser; throws when it is not well-formed. */
    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every attribute value in the document that contains NaN or Infinity (which browsers reject). */
    static List<String> nonFiniteAttributes(Document document) {
        List<String> bad = new ArrayList<>();
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            NamedNodeMap attributes = ((Element) all.item(i)).getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                String value = attributes.item(a).getNodeValue();
                if (value.contains("NaN") || value.contains("Infinity")) {
                    bad.add(all.item(i).getNodeName() + " " + attributes.item(a).getNodeName() + "=" + value);
                }
            }
        }
        return bad;
    }

    /** The texts of all {@code <text>} elements, joined by newlines. */
    static String texts(Document document) {
        NodeList texts = document.getElementsByTagNameNS(NAMESPACE, "text");
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            joined.append(texts.item(i).getTextContent()).append('\n');
        }
        return joined.toString();
    }
}
