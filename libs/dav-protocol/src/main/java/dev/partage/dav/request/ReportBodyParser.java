package dev.partage.dav.request;

import dev.partage.dav.xml.XmlElement;

/** Reads the body of one kind of REPORT, whose root element {@link ReportParser} matched. */
interface ReportBodyParser {

  ReportRequest parse(XmlElement body);
}
