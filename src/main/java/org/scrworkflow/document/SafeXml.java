package org.scrworkflow.document;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The JDK's XML parser set up for files from outside: no document type declarations, so no external entities and
 * no entity expansion ("billion laughs"); namespaces on, so handlers compare local names and namespace URIs.
 */
final class SafeXml {

  private SafeXml() {}

  static void parse(InputStream xml, DefaultHandler handler) throws IOException, SAXException {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      SAXParser parser = factory.newSAXParser();
      parser.parse(xml, handler);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser cannot be made safe", e);
    }
  }
}
