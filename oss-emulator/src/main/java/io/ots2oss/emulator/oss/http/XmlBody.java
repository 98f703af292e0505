package io.ots2oss.emulator.oss.http;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Parses request bodies (Complete, DeleteMultiple); any failure is OSS's MalformedXML. */
public final class XmlBody {
    private XmlBody() {
    }

    public static Element parse(byte[] body, String expectedRoot) {
        if (body.length == 0) {
            throw OssError.malformedXml("The request body is empty; expected <" + expectedRoot + ">.");
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Element root = builder.parse(new ByteArrayInputStream(body)).getDocumentElement();
            if (!expectedRoot.equals(root.getTagName())) {
                throw OssError.malformedXml("Expected root element <" + expectedRoot + ">, got <" + root.getTagName() + ">.");
            }
            return root;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw OssError.malformedXml("The XML you provided was not well-formed: " + e.getMessage());
        }
    }

    public static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e && name.equals(e.getTagName())) {
                result.add(e);
            }
        }
        return result;
    }

    /** Text of the first child named {@code name}, or null. */
    public static String childText(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }
}
