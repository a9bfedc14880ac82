import Experiments
import Lessons
import Terminal
