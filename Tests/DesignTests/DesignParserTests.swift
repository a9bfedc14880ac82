import Design
import Testing
