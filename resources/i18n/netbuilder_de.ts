<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>lessons</name>
    <message>
      <location filename="presets/simple_sigmoid.json" line="0" />
      <source>A 2-4-1 network with sigmoid units, the classic textbook network, separating the two interleaved half moons. Sigmoid hidden units learn more slowly than ReLU, so it uses Adam.</source>
      <translation>Ein 2-4-1-Netz mit Sigmoid-Einheiten, das klassische Lehrbuchnetz, trennt die zwei ineinandergreifenden Halbmonde. Sigmoid-Einheiten in der verborgenen Schicht lernen langsamer als ReLU, daher verwendet es Adam.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>A big network on only 1,000 digits learns them by heart: training accuracy reaches 100% while the validation loss rises. Dropout (20% of the inputs, 50% of the hidden units) makes it generalise better.</source>
      <translation>Ein großes Netz lernt nur 1000 Ziffern auswendig: Die Trainingsgenauigkeit erreicht 100 %, während der Validierungsverlust steigt. Dropout (20 % der Eingaben, 50 % der verborgenen Einheiten) lässt es besser verallgemeinern.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>A deep sigmoid network</source>
      <translation>Ein tiefes Sigmoid-Netz</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>A good learning rate</source>
      <translation>Eine gute Lernrate</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>A hidden layer lets the network draw more than one line. Spare units make it robust to units that die. Other fixes: a different seed, LeakyReLU, or tanh.</source>
      <translation>Eine verborgene Schicht lässt das Netz mehr als eine Linie ziehen. Zusätzliche Einheiten machen es robust gegen Einheiten, die absterben. Andere Lösungen: ein anderer Seed, LeakyReLU oder tanh.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>A huge learning rate</source>
      <translation>Eine riesige Lernrate</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>A line through 100 points</source>
      <translation>Eine Gerade durch 100 Punkte</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>A network that starts from random weights has 63 pictures to learn from. What will it learn?</source>
      <translation>Ein Netz, das mit zufälligen Gewichten beginnt, hat 63 Bilder zum Lernen. Was wird es lernen?</translation>
    </message>
    <message>
      <location filename="presets/mnist_resnet.json" line="0" />
      <source>A residual block on handwritten digits: two 3x3 convolutions with batch normalisation learn a correction that Add puts on top of the block's input (the skip connection). This is the idea that lets ResNets train with hundreds of layers.</source>
      <translation>Ein Residualblock für handgeschriebene Ziffern: Zwei 3x3-Faltungen mit Batch-Normalisierung lernen eine Korrektur, die Add auf die Eingabe des Blocks addiert (die Skip-Verbindung). Diese Idee lässt ResNets mit Hunderten von Schichten trainieren.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>A short pass</source>
      <translation>Ein kurzer Durchlauf</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>A single neuron splits the plane with one straight line. Try it on paper.</source>
      <translation>Ein einzelnes Neuron teilt die Ebene mit einer einzigen Geraden. Probieren Sie es auf Papier aus.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>A small convolutional network on MNIST: 32 filters of 3 by 3 pixels slide over the image. One short pass over 20,000 digits, then the feature maps and the filters themselves.</source>
      <translation>Ein kleines Faltungsnetz für MNIST: 32 Filter von 3 mal 3 Pixeln gleiten über das Bild. Ein kurzer Durchlauf über 20.000 Ziffern, dann die Merkmalskarten und die Filter selbst.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>A tiny learning rate</source>
      <translation>Eine winzige Lernrate</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Add Dropout</source>
      <translation>Dropout hinzufügen</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>After training, what will it say for 7? Nobody showed it 7.</source>
      <translation>Was wird es nach dem Training für 7 sagen? Niemand hat ihm die 7 gezeigt.</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>Ask the room before pressing Next.</source>
      <translation>Fragen Sie die Klasse, bevor Sie auf Weiter drücken.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Big MLP on 1,000 digits</source>
      <translation>Großes MLP mit 1000 Ziffern</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Big MLP with Dropout</source>
      <translation>Großes MLP mit Dropout</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Borrowed eyes</source>
      <translation>Geliehene Augen</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Both work. Shrinking the inputs keeps the learning rate and fixes every step at once.</source>
      <translation>Beides funktioniert. Das Verkleinern der Eingaben behält die Lernrate bei und korrigiert jeden Schritt auf einmal.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Can one straight line put (0,1) and (1,0) on one side and (0,0) and (1,1) on the other?</source>
      <translation>Kann eine einzige Gerade (0,1) und (1,0) auf die eine Seite und (0,0) und (1,1) auf die andere bringen?</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Change the sample (or press Random) and watch the same filters respond to another digit.</source>
      <translation>Ändern Sie das Beispiel (oder drücken Sie Zufällig) und beobachten Sie, wie dieselben Filter auf eine andere Ziffer reagieren.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Colour by gradient</source>
      <translation>Nach Gradient einfärben</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Convolutions: what a CNN sees in a digit</source>
      <translation>Faltungen: Was ein CNN in einer Ziffer sieht</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Dead units</source>
      <translation>Tote Einheiten</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Draw a digit with the mouse. Does the network read your handwriting as well as the test set's?</source>
      <translation>Zeichnen Sie eine Ziffer mit der Maus. Liest das Netz Ihre Handschrift so gut wie die des Testdatensatzes?</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Each row is a true class, each column what the network said. The diagonal is right. Click a cell to see its pictures: is it fooled by a colour, a small shape, a shape near the edge?</source>
      <translation>Jede Zeile ist eine wahre Klasse, jede Spalte das, was das Netz gesagt hat. Die Diagonale ist richtig. Klicken Sie auf eine Zelle, um ihre Bilder zu sehen: Lässt es sich von einer Farbe, einer kleinen Form, einer Form nahe am Rand täuschen?</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Each small picture is one filter's answer over the whole digit: bright where its pattern is. Some find left edges, some top edges, some the stroke itself. Max pooling then keeps the strongest answer in each 2 by 2 block.</source>
      <translation>Jedes kleine Bild ist die Antwort eines Filters über die ganze Ziffer: hell, wo sein Muster vorkommt. Manche finden linke Kanten, manche obere Kanten, manche den Strich selbst. Max-Pooling behält dann in jedem Block von 2 mal 2 die stärkste Antwort.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Eight units</source>
      <translation>Acht Einheiten</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Enough?</source>
      <translation>Genug?</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Exclusive or, the smallest problem a single neuron cannot solve: first one neuron fails, then two hidden ReLU units get stuck, then eight units solve it.</source>
      <translation>Exklusives Oder, das kleinste Problem, das ein einzelnes Neuron nicht lösen kann: Erst scheitert ein Neuron, dann bleiben zwei verborgene ReLU-Einheiten stecken, dann lösen es acht Einheiten.</translation>
    </message>
    <message>
      <location filename="presets/xor.json" line="0" />
      <source>Exclusive or: the smallest problem a single neuron cannot solve, so it needs a hidden layer. With only 2 hidden ReLU units one often dies (outputs 0 for every input) and the network is stuck, so this design uses 8 hidden units and Adam at lr 0.05 instead of 0.001: the spare units make a dead one harmless and the larger rate finishes in a few hundred epochs.</source>
      <translation>Exklusives Oder: das kleinste Problem, das ein einzelnes Neuron nicht lösen kann, daher braucht es eine verborgene Schicht. Mit nur 2 verborgenen ReLU-Einheiten stirbt oft eine ab (gibt für jede Eingabe 0 aus) und das Netz steckt fest. Deshalb verwendet dieser Entwurf 8 verborgene Einheiten und Adam mit lr 0,05 statt 0,001: Die zusätzlichen Einheiten machen eine tote Einheit harmlos, und mit der größeren Rate ist es in wenigen hundert Epochen fertig.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Feature maps</source>
      <translation>Merkmalskarten</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Features learnt from a million photos are better than any that 63 pictures could teach; training them here would only bend them towards our few pictures. And it is fast: the features of each picture are the same in every epoch.</source>
      <translation>Merkmale, die aus einer Million Fotos gelernt wurden, sind besser als alle, die 63 Bilder lehren könnten; sie hier zu trainieren, würde sie nur zu unseren wenigen Bildern hin verbiegen. Und es ist schnell: Die Merkmale jedes Bildes sind in jeder Epoche dieselben.</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>File &gt; Collect Images: name a class, hold the button, move the object before the camera. Use these images trains on them at once. Or point the dataset at a folder with one sub-folder per class.</source>
      <translation>Datei &gt; Bilder sammeln: Benennen Sie eine Klasse, halten Sie die Schaltfläche gedrückt und bewegen Sie den Gegenstand vor der Kamera. „Diese Bilder verwenden“ trainiert sofort damit. Oder richten Sie den Datensatz auf einen Ordner mit einem Unterordner pro Klasse.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Filters that slide</source>
      <translation>Filter, die gleiten</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Five passes over the 60,000 digits. Watch the loss fall fast, then slowly: the learning rate is lowered towards the end. Then the 10,000 test digits, never seen in training, are read.</source>
      <translation>Fünf Durchläufe über die 60.000 Ziffern. Beobachten Sie, wie der Verlust erst schnell, dann langsam fällt: Die Lernrate wird gegen Ende gesenkt. Dann werden die 10.000 Testziffern gelesen, die das Training nie gesehen hat.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Four points, two classes</source>
      <translation>Vier Punkte, zwei Klassen</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>Guess first</source>
      <translation>Erst raten</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Handwritten digits with a multilayer perceptron</source>
      <translation>Handgeschriebene Ziffern mit einem mehrschichtigen Perzeptron</translation>
    </message>
    <message>
      <location filename="presets/mnist_cnn.json" line="0" />
      <source>Handwritten digits with a small convolutional network: 32 3x3 filters look for strokes anywhere in the image, max pooling halves the resolution, then a dense layer of 128 units and 10 class probabilities. Beats the multilayer perceptron with fewer weights per feature.</source>
      <translation>Handgeschriebene Ziffern mit einem kleinen Faltungsnetz: 32 Filter der Größe 3x3 suchen überall im Bild nach Strichen, Max-Pooling halbiert die Auflösung, dann folgen eine vollvernetzte Schicht mit 128 Einheiten und 10 Klassenwahrscheinlichkeiten. Schlägt das mehrschichtige Perzeptron mit weniger Gewichten pro Merkmal.</translation>
    </message>
    <message>
      <location filename="presets/mnist_mlp.json" line="0" />
      <source>Handwritten digits with one hidden layer of 128 units: flatten the 28x28 image, a dense ReLU layer, then 10 class probabilities. Reaches about 98% test accuracy in 5 epochs; a cosine schedule lowers the learning rate towards the end, which settles the last few tenths of a percent.</source>
      <translation>Handgeschriebene Ziffern mit einer verborgenen Schicht aus 128 Einheiten: das 28x28-Bild abflachen, eine vollvernetzte ReLU-Schicht, dann 10 Klassenwahrscheinlichkeiten. Erreicht in 5 Epochen etwa 98 % Testgenauigkeit; ein Kosinus-Zeitplan senkt die Lernrate gegen Ende, was die letzten Zehntelprozent herausholt.</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>Hello, neuron</source>
      <translation>Hallo, Neuron</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>How Teachable Machine and its cousins learn from a few dozen pictures: a network already trained on ImageNet's 1.2 million photos turns each picture into features, and only a small layer after it learns your classes. Here on 90 bundled pictures of circles, squares and triangles; then on the class's own.</source>
      <translation>Wie Teachable Machine und seine Verwandten aus ein paar Dutzend Bildern lernen: Ein Netz, das bereits mit den 1,2 Millionen Fotos von ImageNet trainiert wurde, macht aus jedem Bild Merkmale, und nur eine kleine Schicht danach lernt Ihre Klassen. Hier mit 90 mitgelieferten Bildern von Kreisen, Quadraten und Dreiecken; dann mit den eigenen Bildern der Schulklasse.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Inside the network</source>
      <translation>Im Inneren des Netzes</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>It answers 14 for 7: it found w = 2 and b = 0, the rule behind the examples. Try other numbers in Try it.</source>
      <translation>Es antwortet 14 für 7: Es hat w = 2 und b = 0 gefunden, die Regel hinter den Beispielen. Probieren Sie in „Ausprobieren“ andere Zahlen aus.</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>It learned the rule</source>
      <translation>Es hat die Regel gelernt</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Learning by heart</source>
      <translation>Auswendig lernen</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Learning rate 0.0003: safe, tiny steps.</source>
      <translation>Lernrate 0,0003: sichere, winzige Schritte.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Learning rate 0.05: big enough to make progress, small enough not to overshoot.</source>
      <translation>Lernrate 0,05: groß genug, um voranzukommen, klein genug, um nicht über das Ziel hinauszuschießen.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Learning rate 3: every step jumps far past the bottom of the valley.</source>
      <translation>Lernrate 3: Jeder Schritt springt weit über den Boden des Tals hinaus.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Learning rate: too high, too low, just right</source>
      <translation>Lernrate: zu hoch, zu niedrig, genau richtig</translation>
    </message>
    <message>
      <location filename="presets/linear_regression.json" line="0" />
      <source>Linear regression</source>
      <translation>Lineare Regression</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Linear regression on raw inputs</source>
      <translation>Lineare Regression mit Roheingaben</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Linear regression, and why raw SGD diverges</source>
      <translation>Lineare Regression und warum einfaches SGD divergiert</translation>
    </message>
    <message>
      <location filename="presets/mnist_cnn.json" line="0" />
      <source>MNIST convolutional network</source>
      <translation>MNIST-Faltungsnetz</translation>
    </message>
    <message>
      <location filename="presets/mnist_mlp.json" line="0" />
      <source>MNIST multilayer perceptron</source>
      <translation>MNIST-Mehrschichtperzeptron</translation>
    </message>
    <message>
      <location filename="presets/mnist_resnet.json" line="0" />
      <source>MNIST residual network</source>
      <translation>MNIST-Residualnetz</translation>
    </message>
    <message>
      <location filename="presets/mnist_lstm.json" line="0" />
      <source>MNIST rows through an LSTM</source>
      <translation>MNIST-Zeilen durch ein LSTM</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>MNIST: 28 by 28 grey pictures of handwritten digits, 60,000 to learn from and 10,000 kept aside to test on. Flatten turns each picture into one row of 784 numbers.</source>
      <translation>MNIST: Graustufenbilder handgeschriebener Ziffern mit 28 mal 28 Pixeln, 60.000 zum Lernen und 10.000 zum Testen zurückgehalten. Flatten macht aus jedem Bild eine Zeile mit 784 Zahlen.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Many weights, few examples</source>
      <translation>Viele Gewichte, wenige Beispiele</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>Meet the neuron</source>
      <translation>Das Neuron kennenlernen</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>New weights again, the same seed.</source>
      <translation>Wieder neue Gewichte, derselbe Seed.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>New weights from the same seed, so the runs are comparable.</source>
      <translation>Neue Gewichte aus demselben Seed, damit die Läufe vergleichbar sind.</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Ninety pictures</source>
      <translation>Neunzig Bilder</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Now every layer is blue and the network separates the moons.</source>
      <translation>Jetzt ist jede Schicht blau, und das Netz trennt die Halbmonde.</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Now the loss falls smoothly, and the neuron predicts 301 for 150: it found y = 2x + 1.</source>
      <translation>Jetzt fällt der Verlust gleichmäßig, und das Neuron sagt für 150 den Wert 301 vorher: Es hat y = 2x + 1 gefunden.</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Now your own</source>
      <translation>Jetzt Ihre eigenen</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Once the picture is one long row of numbers, does the network still know which pixels were neighbours?</source>
      <translation>Wenn das Bild erst eine lange Zahlenreihe ist, weiß das Netz dann noch, welche Pixel Nachbarn waren?</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>One input, one neuron, one output. The neuron computes w times x plus b; it starts with random w and b. We show it five examples: 1 gives 2, 2 gives 4, ... 5 gives 10.</source>
      <translation>Eine Eingabe, ein Neuron, eine Ausgabe. Das Neuron berechnet w mal x plus b; es beginnt mit zufälligen w und b. Wir zeigen ihm fünf Beispiele: 1 ergibt 2, 2 ergibt 4, ... 5 ergibt 10.</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>One neuron fits y = 2x + 1 on x = 0..99. Plain SGD at lr 0.01 on the raw x (values up to 99) overshoots and the loss becomes NaN, so this design standardises the inputs (dataset option normalize: x minus its mean, over its standard deviation), which lets the same SGD at lr 0.01 converge. Then it predicts 301 for 150.</source>
      <translation>Ein Neuron passt y = 2x + 1 an x = 0..99 an. Einfaches SGD mit lr 0,01 auf den rohen x-Werten (bis 99) schießt über das Ziel hinaus und der Verlust wird NaN. Deshalb standardisiert dieser Entwurf die Eingaben (Datensatzoption normalize: x minus seinen Mittelwert, geteilt durch seine Standardabweichung), sodass dasselbe SGD mit lr 0,01 konvergiert. Dann sagt es für 150 den Wert 301 vorher.</translation>
    </message>
    <message>
      <location filename="presets/hello_neuron.json" line="0" />
      <source>One neuron learns y = 2x from five examples (x = 1..5). The 'hello world' of neural networks: after training it predicts 14 for 7, a value it never saw.</source>
      <translation>Ein Neuron lernt y = 2x aus fünf Beispielen (x = 1..5). Das „Hallo Welt“ der neuronalen Netze: Nach dem Training sagt es für 7 den Wert 14 vorher, einen Wert, den es nie gesehen hat.</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>One neuron learns y = 2x from five examples, then answers for a number it never saw.</source>
      <translation>Ein Neuron lernt y = 2x aus fünf Beispielen und antwortet dann für eine Zahl, die es nie gesehen hat.</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>One neuron, y = w x + b, plain SGD at learning rate 0.01. The inputs are x = 0 to 99, as they come.</source>
      <translation>Ein Neuron, y = w x + b, einfaches SGD mit Lernrate 0,01. Die Eingaben sind x = 0 bis 99, so wie sie kommen.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>One pass is already enough to read most digits: the filters are shared, so each is trained at every position of every image.</source>
      <translation>Schon ein Durchlauf reicht, um die meisten Ziffern zu lesen: Die Filter werden geteilt, also wird jeder an jeder Position jedes Bildes trainiert.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>One sigmoid neuron: it can only draw one straight line.</source>
      <translation>Ein Sigmoid-Neuron: Es kann nur eine einzige Gerade ziehen.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>One straight line?</source>
      <translation>Eine einzige Gerade?</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>One test digit going through the network: the 128 hidden units, then the 10 output probabilities. Pick another sample and watch which units light up.</source>
      <translation>Eine Testziffer auf ihrem Weg durch das Netz: die 128 verborgenen Einheiten, dann die 10 Ausgabewahrscheinlichkeiten. Wählen Sie ein anderes Beispiel und beobachten Sie, welche Einheiten aufleuchten.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Overfitting, and Dropout</source>
      <translation>Überanpassung und Dropout</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Pick two feature maps. What shape in the digit makes each one bright?</source>
      <translation>Wählen Sie zwei Merkmalskarten. Welche Form in der Ziffer lässt jede davon hell werden?</translation>
    </message>
    <message>
      <location filename="presets/mnist_lstm.json" line="0" />
      <source>Reads each digit one row at a time: the image becomes a sequence of 28 steps of 28 pixels, and an LSTM with 64 units carries a memory from row to row. Its last state classifies the digit. A first recurrent network.</source>
      <translation>Liest jede Ziffer Zeile für Zeile: Das Bild wird zu einer Folge von 28 Schritten mit je 28 Pixeln, und ein LSTM mit 64 Einheiten trägt ein Gedächtnis von Zeile zu Zeile. Sein letzter Zustand klassifiziert die Ziffer. Ein erstes rekurrentes Netz.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Rows are the true digits, columns what the network said. Nearly everything sits on the diagonal. Click a cell off the diagonal to see the digits it got wrong: 4 and 9, 3 and 5, 7 and 2.</source>
      <translation>Die Zeilen sind die wahren Ziffern, die Spalten das, was das Netz gesagt hat. Fast alles liegt auf der Diagonale. Klicken Sie auf eine Zelle neben der Diagonale, um die Ziffern zu sehen, die es falsch erkannt hat: 4 und 9, 3 und 5, 7 und 2.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Select the Conv2d card to see its 32 filters as 3 by 3 pictures: positive weights in one colour, negative in the other. An edge detector has a bright side and a dark side.</source>
      <translation>Wählen Sie die Conv2d-Karte aus, um ihre 32 Filter als Bilder von 3 mal 3 zu sehen: positive Gewichte in der einen Farbe, negative in der anderen. Ein Kantendetektor hat eine helle und eine dunkle Seite.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Seventy thousand digits</source>
      <translation>Siebzigtausend Ziffern</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Side by side</source>
      <translation>Nebeneinander</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Sigmoid vs ReLU in a deep network</source>
      <translation>Sigmoid gegen ReLU in einem tiefen Netz</translation>
    </message>
    <message>
      <location filename="presets/simple_sigmoid.json" line="0" />
      <source>Simple sigmoid network</source>
      <translation>Einfaches Sigmoid-Netz</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Six ReLU layers</source>
      <translation>Sechs ReLU-Schichten</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Six Sigmoid layers</source>
      <translation>Sechs Sigmoid-Schichten</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Six hidden layers of 16 ReLU units on moons, plain SGD.</source>
      <translation>Sechs verborgene Schichten mit 16 ReLU-Einheiten auf den Halbmonden, einfaches SGD.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Six hidden layers of 16 Sigmoid units on moons, plain SGD.</source>
      <translation>Sechs verborgene Schichten mit 16 Sigmoid-Einheiten auf den Halbmonden, einfaches SGD.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Six hidden layers of 16 sigmoid units, trained with plain SGD on two interleaved half-moons.</source>
      <translation>Sechs verborgene Schichten mit 16 Sigmoid-Einheiten, mit einfachem SGD auf zwei ineinandergreifenden Halbmonden trainiert.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Six hidden layers: with sigmoid the gradient fades on its way back and the first layers barely learn; with ReLU it gets through.</source>
      <translation>Sechs verborgene Schichten: Mit Sigmoid verblasst der Gradient auf dem Rückweg, und die ersten Schichten lernen kaum; mit ReLU kommt er durch.</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Standardise the inputs</source>
      <translation>Die Eingaben standardisieren</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Start again</source>
      <translation>Neu beginnen</translation>
    </message>
    <message>
      <location filename="presets/your_own_pictures.json" line="0" />
      <source>Teachable Machine's idea, offline: MobileNet V3 (small), trained on ImageNet's 1.2 million photos, turns each picture into 576 features and stays frozen (trainable: none); one Linear layer learns your classes from a few dozen pictures each. It opens on a folder bundled with netbuilder (bundled:own_pictures: circles, squares and triangles, 30 of each); point the dataset's path at your own folder, one sub-folder per class, or make one with File &gt; Collect Images. The ImageNet weights come from torch's cache: the first run downloads them; for a computer without internet, fetch them once where there is, with `netbuilder weights fetch mobilenet_v3_small`.</source>
      <translation>Die Idee von Teachable Machine, offline: MobileNet V3 (small), trainiert mit den 1,2 Millionen Fotos von ImageNet, macht aus jedem Bild 576 Merkmale und bleibt eingefroren (trainable: none); eine Linear-Schicht lernt Ihre Klassen aus je ein paar Dutzend Bildern. Es öffnet einen mit netbuilder mitgelieferten Ordner (bundled:own_pictures: Kreise, Quadrate und Dreiecke, je 30); richten Sie den Pfad des Datensatzes auf Ihren eigenen Ordner mit einem Unterordner pro Klasse, oder erstellen Sie einen mit Datei &gt; Bilder sammeln. Die ImageNet-Gewichte kommen aus dem Cache von torch: Der erste Lauf lädt sie herunter; für einen Computer ohne Internet holen Sie sie einmal auf einem Rechner mit Internet, mit `netbuilder weights fetch mobilenet_v3_small`.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>That is overfitting: what it learned is too specific to these 1,000 pictures.</source>
      <translation>Das ist Überanpassung: Was es gelernt hat, ist zu speziell auf diese 1000 Bilder zugeschnitten.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>The Conv2d layer has 32 filters of 3 by 3 pixels. Each one slides over the whole image and answers one question everywhere: is my pattern here? The same 9 weights are used at every position.</source>
      <translation>Die Conv2d-Schicht hat 32 Filter von 3 mal 3 Pixeln. Jeder gleitet über das ganze Bild und beantwortet überall eine Frage: Ist hier mein Muster? An jeder Position werden dieselben 9 Gewichte verwendet.</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>The Pretrained node is MobileNet V3, already trained to name 1,000 kinds of things in ImageNet's photos. Its last layer is gone: it turns any picture into 576 numbers, features such as edges, corners and curves. The Summary shows its 927,008 weights as frozen: they will not change. Only the Linear layer after it learns: 1,731 weights.</source>
      <translation>Der Pretrained-Knoten ist MobileNet V3, bereits darauf trainiert, 1000 Arten von Dingen in den Fotos von ImageNet zu benennen. Seine letzte Schicht ist entfernt: Er macht aus jedem Bild 576 Zahlen, Merkmale wie Kanten, Ecken und Kurven. Die Übersicht zeigt seine 927.008 Gewichte als eingefroren: Sie ändern sich nicht. Nur die Linear-Schicht danach lernt: 1731 Gewichte.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>The boundary panel shows the four points on the plane of the two inputs. Once the network has trained, it colours the whole plane by what the network predicts there.</source>
      <translation>Der Bereich „Grenze“ zeigt die vier Punkte in der Ebene der beiden Eingaben. Sobald das Netz trainiert ist, färbt er die ganze Ebene danach ein, was das Netz dort vorhersagt.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>The canvas now colours each ReLU layer by how many of its units output 0 for every input. A unit whose input is negative for every point outputs 0 and gets no gradient: it is dead and never recovers.</source>
      <translation>Die Arbeitsfläche färbt jetzt jede ReLU-Schicht danach ein, wie viele ihrer Einheiten für jede Eingabe 0 ausgeben. Eine Einheit, deren Eingabe für jeden Punkt negativ ist, gibt 0 aus und bekommt keinen Gradienten: Sie ist tot und erholt sich nie.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>The cards will be coloured by how much gradient each layer gets: blue is plenty, red is almost none.</source>
      <translation>Die Karten werden danach eingefärbt, wie viel Gradient jede Schicht bekommt: Blau ist reichlich, Rot fast keiner.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>The classic first network: 60,000 handwritten digits, one hidden layer of 128 units, five passes over the data, about 98% of new digits read right.</source>
      <translation>Das klassische erste Netz: 60.000 handgeschriebene Ziffern, eine verborgene Schicht mit 128 Einheiten, fünf Durchläufe über die Daten, etwa 98 % der neuen Ziffern richtig gelesen.</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>The dataset is a folder with one sub-folder per class: 30 circles, 30 squares and 30 triangles, in every colour, size and place. 63 pictures to learn from, 27 held back to check. MNIST's networks learn from 60,000 digits.</source>
      <translation>Der Datensatz ist ein Ordner mit einem Unterordner pro Klasse: 30 Kreise, 30 Quadrate und 30 Dreiecke, in jeder Farbe, Größe und Lage. 63 Bilder zum Lernen, 27 zum Prüfen zurückgehalten. Die MNIST-Netze lernen aus 60.000 Ziffern.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>The filters themselves</source>
      <translation>Die Filter selbst</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>The hidden layer's 128 units each weigh all 784 pixels. The output layer turns them into 10 probabilities, one per digit.</source>
      <translation>Jede der 128 Einheiten der verborgenen Schicht gewichtet alle 784 Pixel. Die Ausgabeschicht macht daraus 10 Wahrscheinlichkeiten, eine pro Ziffer.</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>The loss became NaN (not a number). What could we change: the learning rate, or the inputs?</source>
      <translation>Der Verlust wurde NaN (keine Zahl). Was könnten wir ändern: die Lernrate oder die Eingaben?</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>The loss creeps down. Forty epochs are not enough to get anywhere.</source>
      <translation>Der Verlust sinkt nur kriechend. Vierzig Epochen reichen nicht, um irgendwohin zu kommen.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>The loss falls fast and stays down: both arms are learned.</source>
      <translation>Der Verlust fällt schnell und bleibt unten: Beide Arme werden gelernt.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>The loss hardly moves. Which layers are learning, and which are not?</source>
      <translation>Der Verlust bewegt sich kaum. Welche Schichten lernen und welche nicht?</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>The plane</source>
      <translation>Die Ebene</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>The problems list says it in words too.</source>
      <translation>Die Problemliste sagt es auch in Worten.</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>The same network and SGD, but each x becomes (x minus the mean) over the standard deviation: values around -1.7 to 1.7.</source>
      <translation>Dasselbe Netz und SGD, aber jedes x wird zu (x minus Mittelwert) geteilt durch die Standardabweichung: Werte von etwa -1,7 bis 1,7.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>The same network on the same spirals, three times, with three learning rates; then the three runs side by side.</source>
      <translation>Dasselbe Netz auf denselben Spiralen, dreimal, mit drei Lernraten; dann die drei Läufe nebeneinander.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>The same network with 8 hidden units: if a few die, the others still draw the lines XOR needs.</source>
      <translation>Dasselbe Netz mit 8 verborgenen Einheiten: Wenn ein paar absterben, ziehen die anderen trotzdem die Linien, die XOR braucht.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>The same network with Dropout layers: in every training batch, 20% of the pixels and half of the hidden units are switched off at random. No unit can rely on one other unit, so the network has to learn features that work in many combinations.</source>
      <translation>Dasselbe Netz mit Dropout-Schichten: In jedem Trainingsstapel werden 20 % der Pixel und die Hälfte der verborgenen Einheiten zufällig abgeschaltet. Keine Einheit kann sich auf eine andere verlassen, also muss das Netz Merkmale lernen, die in vielen Kombinationen funktionieren.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>The same network with Dropout: 20% of the pixels and 50% of the hidden units are switched off at random in every training batch (never when predicting).</source>
      <translation>Dasselbe Netz mit Dropout: 20 % der Pixel und 50 % der verborgenen Einheiten werden in jedem Trainingsstapel zufällig abgeschaltet (nie bei der Vorhersage).</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>The same neuron fits y = 2x + 1, first on raw inputs up to 99 (the loss explodes), then on standardised inputs (it converges).</source>
      <translation>Dasselbe Neuron passt y = 2x + 1 an, zuerst mit Roheingaben bis 99 (der Verlust explodiert), dann mit standardisierten Eingaben (es konvergiert).</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>The same six layers with ReLU: its slope is 1 wherever the unit is active, so the gradient gets through.</source>
      <translation>Dieselben sechs Schichten mit ReLU: Ihre Steigung ist 1, wo immer die Einheit aktiv ist, also kommt der Gradient durch.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>The same with ReLU</source>
      <translation>Dasselbe mit ReLU</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>The three runs, overlaid: the same network, only the learning rate differs.</source>
      <translation>Die drei Läufe übereinander: dasselbe Netz, nur die Lernrate ist verschieden.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>The training accuracy is 100%. Why is the network worse on digits it has not seen?</source>
      <translation>Die Trainingsgenauigkeit ist 100 %. Warum ist das Netz bei Ziffern schlechter, die es nicht gesehen hat?</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>The training loss falls more slowly and stays noisier. The validation loss ends lower and rises much less.</source>
      <translation>Der Trainingsverlust fällt langsamer und bleibt unruhiger. Der Validierungsverlust endet niedriger und steigt viel weniger.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>The two runs overlaid: without Dropout the validation loss climbs; with Dropout it stays lower. The only change is the Dropout layers.</source>
      <translation>Die beiden Läufe übereinander: Ohne Dropout steigt der Validierungsverlust; mit Dropout bleibt er niedriger. Der einzige Unterschied sind die Dropout-Schichten.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>To keep it short we learn from the first 20,000 digits, once. The full preset trains five epochs on all 60,000.</source>
      <translation>Um es kurz zu halten, lernen wir einmal aus den ersten 20.000 Ziffern. Die vollständige Vorlage trainiert fünf Epochen mit allen 60.000.</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>Train</source>
      <translation>Trainieren</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Train again</source>
      <translation>Erneut trainieren</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Train five epochs</source>
      <translation>Fünf Epochen trainieren</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Train forty epochs</source>
      <translation>Vierzig Epochen trainieren</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Train on raw inputs</source>
      <translation>Mit Roheingaben trainieren</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Train the head</source>
      <translation>Den Kopf trainieren</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Train the single neuron</source>
      <translation>Das einzelne Neuron trainieren</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Train with eight units</source>
      <translation>Mit acht Einheiten trainieren</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Train with two units</source>
      <translation>Mit zwei Einheiten trainieren</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Train: just right</source>
      <translation>Trainieren: genau richtig</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Train: too high</source>
      <translation>Trainieren: zu hoch</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Train: too low</source>
      <translation>Trainieren: zu niedrig</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Twenty passes over the 63 pictures. Only the head learns, from the backbone's features. Watch the accuracy on the pictures held back as well as on the training ones.</source>
      <translation>Zwanzig Durchläufe über die 63 Bilder. Nur der Kopf lernt, aus den Merkmalen des Backbones. Beobachten Sie die Genauigkeit auf den zurückgehaltenen Bildern ebenso wie auf den Trainingsbildern.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Two arms wound around each other. The network has two hidden layers of 32 units. The learning rate sets how big each step down the loss is.</source>
      <translation>Zwei umeinander gewundene Arme. Das Netz hat zwei verborgene Schichten mit 32 Einheiten. Die Lernrate bestimmt, wie groß jeder Schritt bergab auf dem Verlust ist.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Two hidden ReLU units</source>
      <translation>Zwei verborgene ReLU-Einheiten</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Two hidden ReLU units: just enough in theory.</source>
      <translation>Zwei verborgene ReLU-Einheiten: theoretisch gerade genug.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Two hidden layers of 512 units (about 670,000 weights) trained on 1,000 MNIST digits; 1,000 more are held out to validate.</source>
      <translation>Zwei verborgene Schichten mit 512 Einheiten (etwa 670.000 Gewichte), trainiert mit 1000 MNIST-Ziffern; 1000 weitere werden zur Validierung zurückgehalten.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Two hidden layers of 512 units: about 670,000 weights. Only 1,000 digits to learn from, and 1,000 more held out to check on.</source>
      <translation>Zwei verborgene Schichten mit 512 Einheiten: etwa 670.000 Gewichte. Nur 1000 Ziffern zum Lernen und 1000 weitere zum Prüfen zurückgehalten.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Two hidden units each draw a line, and the output neuron combines them. In theory that is enough for XOR.</source>
      <translation>Zwei verborgene Einheiten ziehen je eine Linie, und das Ausgabeneuron kombiniert sie. Theoretisch reicht das für XOR.</translation>
    </message>
    <message>
      <location filename="presets/spirals.json" line="0" />
      <source>Two interleaved spirals: a classic hard 2-D problem. Two hidden layers of 32 tanh units bend the plane until the arms come apart. Watch the decision boundary wind up as it trains.</source>
      <translation>Zwei ineinandergreifende Spiralen: ein klassisches schweres 2D-Problem. Zwei verborgene Schichten mit 32 tanh-Einheiten biegen die Ebene, bis sich die Arme trennen. Beobachten Sie, wie sich die Entscheidungsgrenze während des Trainings aufwickelt.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Two spirals</source>
      <translation>Zwei Spiralen</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Watch both losses. The training loss goes to almost zero: every one of the 1,000 digits is right. The validation loss falls for a few epochs, then rises: the network learns the examples by heart, not the digits.</source>
      <translation>Beobachten Sie beide Verluste. Der Trainingsverlust geht fast auf null: Jede der 1000 Ziffern ist richtig. Der Validierungsverlust fällt einige Epochen lang und steigt dann: Das Netz lernt die Beispiele auswendig, nicht die Ziffern.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Watch the boundary bend around the points until each corner is on its side. The canvas shows how many units died: the spare ones make that harmless.</source>
      <translation>Beobachten Sie, wie sich die Grenze um die Punkte biegt, bis jede Ecke auf ihrer Seite liegt. Die Arbeitsfläche zeigt, wie viele Einheiten abgestorben sind: Die zusätzlichen machen das harmlos.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Watch the colours: the first layers turn red. A sigmoid's slope is at most 0.25, and six of them in a row shrink the gradient about 100,000 times.</source>
      <translation>Beobachten Sie die Farben: Die ersten Schichten werden rot. Die Steigung eines Sigmoids ist höchstens 0,25, und sechs davon hintereinander verkleinern den Gradienten etwa um das 100.000-Fache.</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>Watch the loss fall on the curve: each epoch nudges w and b to make the mistakes smaller.</source>
      <translation>Beobachten Sie, wie der Verlust auf der Kurve fällt: Jede Epoche schiebt w und b ein wenig, um die Fehler kleiner zu machen.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Watch the loss jump around instead of falling. The network ends no better than a coin.</source>
      <translation>Beobachten Sie, wie der Verlust herumspringt, statt zu fallen. Am Ende ist das Netz nicht besser als ein Münzwurf.</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Watch the loss. Each step's size grows with x, and x is up to 99: every update overshoots more than the last.</source>
      <translation>Beobachten Sie den Verlust. Die Größe jedes Schritts wächst mit x, und x geht bis 99: Jede Aktualisierung schießt weiter über das Ziel hinaus als die vorige.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Watch the loss: it stops falling. The best one line can do is a guess, so the neuron ends up saying about 0.5 everywhere.</source>
      <translation>Beobachten Sie den Verlust: Er hört auf zu fallen. Das Beste, was eine einzige Gerade leisten kann, ist Raten, also sagt das Neuron am Ende überall etwa 0,5.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>What do they look for?</source>
      <translation>Wonach suchen sie?</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>What does flattening lose?</source>
      <translation>Was geht beim Abflachen verloren?</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>What fixed it</source>
      <translation>Was es behoben hat</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>What went wrong?</source>
      <translation>Was ist schiefgelaufen?</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Which digits are confused?</source>
      <translation>Welche Ziffern werden verwechselt?</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Which ones does it mix up?</source>
      <translation>Welche verwechselt es?</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Which three things in this room could we teach it to tell apart?</source>
      <translation>Welche drei Dinge in diesem Raum könnten wir ihm beibringen zu unterscheiden?</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Why do units die?</source>
      <translation>Warum sterben Einheiten ab?</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Why freeze it?</source>
      <translation>Warum einfrieren?</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Why is it stuck?</source>
      <translation>Warum steckt es fest?</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Why keep the backbone's 927,008 weights as they are instead of training them on our 63 pictures?</source>
      <translation>Warum die 927.008 Gewichte des Backbones so lassen, wie sie sind, statt sie mit unseren 63 Bildern zu trainieren?</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>With only two units, one dead unit leaves a single line again.</source>
      <translation>Mit nur zwei Einheiten bleibt bei einer toten Einheit wieder nur eine einzige Linie.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>With only two units, what happens to the network when one of them dies?</source>
      <translation>Was passiert mit nur zwei Einheiten mit dem Netz, wenn eine davon abstirbt?</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>With so few pictures a network learns them by heart: the colours, the places, the stray lines. Nothing that tells a circle from a square in a picture it has not seen.</source>
      <translation>Mit so wenigen Bildern lernt ein Netz sie auswendig: die Farben, die Positionen, die Streulinien. Nichts, was in einem unbekannten Bild einen Kreis von einem Quadrat unterscheidet.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>With this seed it gets stuck too. The loss stays flat.</source>
      <translation>Mit diesem Seed steckt es auch fest. Der Verlust bleibt flach.</translation>
    </message>
    <message>
      <location filename="presets/xor.json" line="0" />
      <source>XOR</source>
      <translation>XOR</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>XOR is 1 when exactly one input is 1. The two 1s sit on one diagonal, the two 0s on the other. This network is a single neuron: a weighted sum and a sigmoid.</source>
      <translation>XOR ist 1, wenn genau eine Eingabe 1 ist. Die beiden Einsen liegen auf der einen Diagonale, die beiden Nullen auf der anderen. Dieses Netz ist ein einzelnes Neuron: eine gewichtete Summe und ein Sigmoid.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>XOR with 2 hidden ReLU units</source>
      <translation>XOR mit 2 verborgenen ReLU-Einheiten</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>XOR with one neuron</source>
      <translation>XOR mit einem Neuron</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>XOR: why one neuron is not enough</source>
      <translation>XOR: Warum ein Neuron nicht reicht</translation>
    </message>
    <message>
      <location filename="presets/your_own_pictures.json" line="0" />
      <source>Your own pictures</source>
      <translation>Ihre eigenen Bilder</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Your own pictures: borrowing a network's eyes</source>
      <translation>Ihre eigenen Bilder: die Augen eines Netzes ausleihen</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Your turn</source>
      <translation>Sie sind dran</translation>
    </message>
  </context>
  <context>
    <name>netbuilder</name>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="55" />
      <source> (it defines no nn.Module class)</source>
      <translation> (sie definiert keine nn.Module-Klasse)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="54" />
      <source> (its nn.Module classes: {found})</source>
      <translation> (ihre nn.Module-Klassen: {found})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="56" />
      <source> (or to 1: two classes can share one output)</source>
      <translation> (oder auf 1: Zwei Klassen können sich eine Ausgabe teilen)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/summary.py" line="85" />
      <source> (too much: training would be refused)</source>
      <translation> (zu viel: Das Training würde abgelehnt)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="274" />
      <source> ({share} of class {name})</source>
      <translation> ({share} der Klasse {name})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="46" />
      <source> For two classes and one output use the bce loss.</source>
      <translation> Für zwei Klassen und eine Ausgabe verwenden Sie den Verlust bce.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="206" />
      <source> Last epoch: {scores}.</source>
      <translation> Letzte Epoche: {scores}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="72" />
      <source> TensorBoard logs: {folder}</source>
      <translation> TensorBoard-Logs: {folder}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="279" />
      <source> The weights were put back to those at the end of epoch {epoch}.</source>
      <translation> Die Gewichte wurden auf den Stand am Ende von Epoche {epoch} zurückgesetzt.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="280" />
      <source> The weights were put back to those at the start of the run.</source>
      <translation> Die Gewichte wurden auf den Stand zu Beginn des Laufs zurückgesetzt.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="217" />
      <source> There is no validation split, so early stopping watched {key} instead of {monitor}.</source>
      <translation> Es gibt keine Validierungsdaten, daher hat das frühe Stoppen {key} statt {monitor} beobachtet.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="217" />
      <source> after epoch {epoch}</source>
      <translation> nach Epoche {epoch}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/vision.py" line="44" />
      <source> and downloading it failed ({exc})</source>
      <translation> und das Herunterladen ist fehlgeschlagen ({exc})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="215" />
      <source> during epoch {epoch} (after batch {batches})</source>
      <translation> während Epoche {epoch} (nach Stapel {batches})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="201" />
      <source> in layer '{target}'</source>
      <translation> in Schicht '{target}'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="200" />
      <source> in {label}</source>
      <translation> in {label}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="50" />
      <source>&amp;Copy</source>
      <translation>&amp;Kopieren</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="53" />
      <source>&amp;Delete</source>
      <translation>&amp;Löschen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="123" />
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="56" />
      <source>&amp;Evaluate on Test Split</source>
      <translation>Auf Testdaten aus&amp;werten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="108" />
      <source>&amp;Export</source>
      <translation>E&amp;xportieren</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="98" />
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="71" />
      <source>&amp;Find a Layer</source>
      <translation>Schicht &amp;suchen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="57" />
      <source>&amp;Fit to View</source>
      <translation>&amp;In Fenster einpassen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="77" />
      <source>&amp;Go to the Canvas</source>
      <translation>Zur &amp;Arbeitsfläche</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/language.py" line="47" />
      <source>&amp;Language</source>
      <translation>&amp;Sprache</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="147" />
      <source>&amp;Lessons</source>
      <translation>&amp;Lektionen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="39" />
      <source>&amp;New</source>
      <translation>&amp;Neu</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="79" />
      <source>&amp;Next Step</source>
      <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="40" />
      <source>&amp;Open…</source>
      <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="51" />
      <source>&amp;Paste</source>
      <translation>&amp;Einfügen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="52" />
      <source>&amp;Pause / Resume</source>
      <translation>&amp;Pause / Fortsetzen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="61" />
      <source>&amp;Presentation</source>
      <translation>&amp;Präsentation</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="81" />
      <source>&amp;Previous Step</source>
      <translation>&amp;Vorheriger Schritt</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="48" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="80" />
      <source>&amp;Redo</source>
      <translation>&amp;Wiederholen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="60" />
      <source>&amp;Reset Panels</source>
      <translation>Bereiche &amp;zurücksetzen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="55" />
      <source>&amp;Reset Weights</source>
      <translation>&amp;Gewichte zurücksetzen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="46" />
      <source>&amp;Save</source>
      <translation>&amp;Speichern</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="54" />
      <source>&amp;Stop</source>
      <translation>&amp;Stopp</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="50" />
      <source>&amp;Train</source>
      <translation>&amp;Trainieren</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="66" />
      <source>&amp;Training</source>
      <translation>&amp;Training</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="77" />
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="128" />
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="73" />
      <source>&amp;Worksheet (PDF)…</source>
      <translation>&amp;Arbeitsblatt (PDF)…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="174" />
      <source>'{key}' is not name or description</source>
      <translation>'{key}' ist weder name noch description</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="81" />
      <source>'{name}'</source>
      <translation>'{name}'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="67" />
      <source>'{name}' must be a number, not {value}</source>
      <translation>'{name}' muss eine Zahl sein, nicht {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/fields.py" line="64" />
      <source>'{name}' must be a number; '{text}' is not</source>
      <translation>'{name}' muss eine Zahl sein; '{text}' ist keine</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="72" />
      <source>'{name}' must be a whole number or a list of whole numbers, not {value}</source>
      <translation>'{name}' muss eine ganze Zahl oder eine Liste ganzer Zahlen sein, nicht {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="63" />
      <source>'{name}' must be a whole number, not {value}</source>
      <translation>'{name}' muss eine ganze Zahl sein, nicht {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="54" />
      <source>'{name}' must be a word or a file's path, not {value}</source>
      <translation>'{name}' muss ein Wort oder ein Dateipfad sein, nicht {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="89" />
      <source>'{name}' must be at least {min:g}; it is {value}</source>
      <translation>'{name}' muss mindestens {min:g} sein; es ist {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="91" />
      <source>'{name}' must be at most {max:g}; it is {value}</source>
      <translation>'{name}' darf höchstens {max:g} sein; es ist {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="59" />
      <source>'{name}' must be one of {choices}; it is {value}</source>
      <translation>'{name}' muss eines von {choices} sein; es ist {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="50" />
      <source>'{name}' must be true or false, not {value}</source>
      <translation>'{name}' muss true oder false sein, nicht {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="76" />
      <source>'{name}' must hold whole numbers only, not {item}</source>
      <translation>'{name}' darf nur ganze Zahlen enthalten, nicht {item}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="48" />
      <source>'{name}' needs a value</source>
      <translation>'{name}' braucht einen Wert</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/fields.py" line="67" />
      <source>'{name}' takes one whole number; '{text}' is not</source>
      <translation>'{name}' nimmt eine ganze Zahl; '{text}' ist keine</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/fields.py" line="62" />
      <source>'{name}' takes whole numbers such as {example}; '{text}' is not</source>
      <translation>'{name}' nimmt ganze Zahlen wie {example}; '{text}' ist keine</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="81" />
      <source>'{name}' {items} describes {count:.3g} values per sample, more than any computer holds (at most {limit:.3g})</source>
      <translation>'{name}' {items} beschreibt {count:.3g} Werte pro Beispiel, mehr als jeder Computer fasst (höchstens {limit:.3g})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="51" />
      <source>'{text}' is a device name on Windows, so no folder can have it: choose another name</source>
      <translation>'{text}' ist unter Windows ein Gerätename, daher kann kein Ordner so heißen: Wählen Sie einen anderen Namen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/gallery.py" line="209" />
      <source>(cannot be read: {problem})</source>
      <translation>(nicht lesbar: {problem})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="154" />
      <source>(not set)</source>
      <translation>(nicht gesetzt)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="146" />
      <source>(now {rate})</source>
      <translation>(derzeit {rate})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="276" />
      <source>, correct</source>
      <translation>, richtig</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/memory.py" line="170" />
      <source>, or raise the limit</source>
      <translation>, oder erhöhen Sie die Speichergrenze</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="100" />
      <source>--metric {metric}: a sweep ranks trials by one of {names}</source>
      <translation>--metric {metric}: Ein Sweep ordnet Versuche nach einem von {names}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_checks.py" line="30" />
      <source>--metric {metric}: a {task} design measures {task_monitors}</source>
      <translation>--metric {metric}: Ein {task}-Entwurf misst {task_monitors}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="133" />
      <source>--sampler {sampler}: use tpe or random</source>
      <translation>--sampler {sampler}: Verwenden Sie tpe oder random</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="126" />
      <source>--storage {url}: cannot open it ({why})</source>
      <translation>--storage {url}: kann nicht geöffnet werden ({why})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="114" />
      <source>--storage {url}: write a database URL, e.g. sqlite:///{url} for a file here</source>
      <translation>--storage {url}: Geben Sie eine Datenbank-URL an, z. B. sqlite:///{url} für eine Datei hier</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="286" />
      <source>--trials must be a whole number of at least 1, not {trials!r}</source>
      <translation>--trials muss eine ganze Zahl von mindestens 1 sein, nicht {trials!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="34" />
      <source>0% dead</source>
      <translation>0 % tot</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="34" />
      <source>0% saturated</source>
      <translation>0 % gesättigt</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="154" />
      <source>1 batch</source>
      <translation>1 Stapel</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="80" />
      <source>1/{n:,} of the largest</source>
      <translation>1/{n:,} des größten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="34" />
      <source>100%</source>
      <translation>100 %</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="34" />
      <source>100% dead</source>
      <translation>100 % tot</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="413" />
      <source>; forward() does not use {names}</source>
      <translation>; forward() verwendet {names} nicht</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="140" />
      <source>; resized and centre-cropped as {model}'s ImageNet weights expect</source>
      <translation>; skaliert und mittig zugeschnitten, wie es die ImageNet-Gewichte von {model} erwarten</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="138" />
      <source>; resized and centre-cropped as {model}'s ImageNet weights expect, normalised with ImageNet's mean and std</source>
      <translation>; skaliert und mittig zugeschnitten, wie es die ImageNet-Gewichte von {model} erwarten, normalisiert mit Mittelwert und Standardabweichung von ImageNet</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="106" />
      <source>; {sentence}</source>
      <translation>; {sentence}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="128" />
      <source>; {skipped} link out of the folder, back into it or to what is not a file were not followed</source>
      <translation>; {skipped} Verknüpfung aus dem Ordner hinaus, zurück in ihn hinein oder zu etwas, das keine Datei ist, wurde nicht verfolgt</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="131" />
      <source>; {skipped} links out of the folder, back into it or to what is not a file were not followed</source>
      <translation>; {skipped} Verknüpfungen aus dem Ordner hinaus, zurück in ihn hinein oder zu etwas, das keine Datei ist, wurden nicht verfolgt</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="368" />
      <source>&lt;b&gt;Design&lt;/b&gt;&amp;nbsp; {name}</source>
      <translation>&lt;b&gt;Entwurf&lt;/b&gt;&amp;nbsp; {name}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="162" />
      <source>&lt;b&gt;Runs&lt;/b&gt;</source>
      <translation>&lt;b&gt;Läufe&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="282" />
      <source>&lt;b&gt;Which setting mattered&lt;/b&gt;</source>
      <translation>&lt;b&gt;Welche Einstellung zählte&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="152" />
      <source>&lt;b&gt;{suggested}&lt;/b&gt;{now}. It is {rule}.{said}&lt;br&gt;Tried {tried} on a copy of the weights, thrown away after: the network and its runs are as they were. {ended} &lt;i&gt;Use it&lt;/i&gt; sets the design's learning rate; Undo puts the old one back.</source>
      <translation>&lt;b&gt;{suggested}&lt;/b&gt;{now}. Es ist {rule}.{said}&lt;br&gt;Ausprobiert: {tried}, an einer Kopie der Gewichte, die danach verworfen wurde: Das Netz und seine Läufe sind unverändert. {ended} &lt;i&gt;Verwenden&lt;/i&gt; setzt die Lernrate des Entwurfs; Rückgängig stellt die alte wieder her.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/items.py" line="131" />
      <source>&lt;p&gt;&lt;b&gt;Health:&lt;/b&gt; {text}&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Zustand:&lt;/b&gt; {text}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="74" />
      <source>A PDF to hand out: the network, its summary, settings, curves and the lesson's questions</source>
      <translation>Ein PDF zum Austeilen: das Netz, seine Übersicht, Einstellungen, Kurven und die Fragen der Lektion</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="152" />
      <source>A Softmax output with the mse loss learns slowly; cross_entropy is the usual loss for classifiers.</source>
      <translation>Eine Softmax-Ausgabe mit dem Verlust mse lernt langsam; cross_entropy ist der übliche Verlust für Klassifikatoren.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/followers.py" line="153" />
      <source>A decision boundary needs 1 or 2 inputs; this network has {n:,}.</source>
      <translation>Eine Entscheidungsgrenze braucht 1 oder 2 Eingaben; dieses Netz hat {n:,}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="45" />
      <source>A fully connected (dense) layer: every output is a weighted sum of all inputs plus a bias. The workhorse of most networks; follow it with an activation such as ReLU. It acts on the last dimension, so put a Flatten before it for images.</source>
      <translation>Eine vollvernetzte (dichte) Schicht: Jede Ausgabe ist eine gewichtete Summe aller Eingaben plus ein Bias. Das Arbeitspferd der meisten Netze; lassen Sie eine Aktivierung wie ReLU folgen. Sie wirkt auf die letzte Dimension, setzen Sie also bei Bildern ein Flatten davor.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="198" />
      <source>A learned upsampling: the reverse of a strided convolution, it spreads each input value over a small patch of a larger output. Use it in decoders and generators to grow images.</source>
      <translation>Ein gelerntes Upsampling: die Umkehrung einer Faltung mit Schrittweite; es verteilt jeden Eingabewert auf einen kleinen Bereich einer größeren Ausgabe. Verwenden Sie es in Decodern und Generatoren, um Bilder zu vergrößern.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="161" />
      <source>A lesson someone gave you: a .json lesson or a .nblesson with its weights</source>
      <translation>Eine Lektion, die Sie bekommen haben: eine .json-Lektion oder eine .nblesson mit ihren Gewichten</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="66" />
      <source>A lookup table that turns each token number (a word or character index) into a learned vector of embedding_dim values. Put it first in a text model, then a recurrent or attention layer.</source>
      <translation>Eine Nachschlagetabelle, die jede Token-Nummer (einen Wort- oder Zeichenindex) in einen gelernten Vektor aus embedding_dim Werten umwandelt. Setzen Sie sie in einem Textmodell an den Anfang, dann eine rekurrente oder Attention-Schicht.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pretrained.py" line="176" />
      <source>A network already trained on ImageNet's 1.2 million photos (torchvision's resnet18, mobilenet_v3_small or efficientnet_b0) without its classifier: it turns an image into a feature vector, and a small Linear head after it learns your own classes from a few pictures.</source>
      <translation>Ein Netz, das bereits mit den 1,2 Millionen Fotos von ImageNet trainiert wurde (resnet18, mobilenet_v3_small oder efficientnet_b0 aus torchvision), ohne seinen Klassifikator: Es macht aus einem Bild einen Merkmalsvektor, und ein kleiner Linear-Kopf danach lernt Ihre eigenen Klassen aus wenigen Bildern.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="116" />
      <source>A ring inside a ring (2-D, 2 classes), 1000 train / 500 test.</source>
      <translation>Ein Ring in einem Ring (2D, 2 Klassen), 1000 Training / 500 Test.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="306" />
      <source>A run is going on: a sweep can start once it ends.</source>
      <translation>Ein Lauf ist im Gange: Ein Sweep kann beginnen, sobald er endet.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="21" />
      <source>A run is training. Stop it (its weights so far are kept in the runs list) and go on?</source>
      <translation>Ein Lauf trainiert gerade. Ihn anhalten (seine bisherigen Gewichte bleiben in der Liste der Läufe) und fortfahren?</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="250" />
      <source>A run or an evaluation is going on: find a learning rate when it ends</source>
      <translation>Ein Lauf oder eine Auswertung ist im Gange: Suchen Sie eine Lernrate, wenn er endet</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="97" />
      <source>A trial whose score at an epoch is worse than the median of the earlier trials at that epoch stops there (pruned): more trials in the same time</source>
      <translation>Ein Versuch, dessen Wert in einer Epoche schlechter ist als der Median der früheren Versuche in dieser Epoche, endet dort (abgebrochen): mehr Versuche in derselben Zeit</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="118" />
      <source>Accuracy</source>
      <translation>Genauigkeit</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="44" />
      <source>Accuracy curves</source>
      <translation>Genauigkeitskurven</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="55" />
      <source>Accuracy of each run</source>
      <translation>Genauigkeit jedes Laufs</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="19" />
      <source>Activation</source>
      <translation>Aktivierung</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/recurrent.py" line="78" />
      <source>Activation applied at each step</source>
      <translation>Aktivierung bei jedem Schritt</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="93" />
      <source>Activation inside the feed-forward network</source>
      <translation>Aktivierung im Feed-Forward-Netz</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="187" />
      <source>Activation memory per sample</source>
      <translation>Aktivierungsspeicher pro Beispiel</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="96" />
      <source>Activations</source>
      <translation>Aktivierungen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="192" />
      <source>Add a class first</source>
      <translation>Zuerst eine Klasse hinzufügen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="229" />
      <source>Add a class first, then its pictures.</source>
      <translation>Fügen Sie zuerst eine Klasse hinzu, dann ihre Bilder.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="95" />
      <source>Add class</source>
      <translation>Klasse hinzufügen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="80" />
      <source>Add files…</source>
      <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/merge.py" line="15" />
      <source>Add needs equal shapes; it gets {got}. Change the layers before it so that their outputs match (same units or channels, same size).</source>
      <translation>Add braucht gleiche Formen; es erhält {got}. Ändern Sie die Schichten davor so, dass ihre Ausgaben übereinstimmen (gleiche Einheiten oder Kanäle, gleiche Größe).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="337" />
      <source>Add pictures</source>
      <translation>Bilder hinzufügen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="81" />
      <source>Add pictures you already have to the chosen class</source>
      <translation>Vorhandene Bilder zur gewählten Klasse hinzufügen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/commands.py" line="26" />
      <source>Add {layer}</source>
      <translation>{layer} hinzufügen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="241" />
      <source>Added {n} picture to {name}.</source>
      <translation>{n} Bild zu {name} hinzugefügt.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="242" />
      <source>Added {n} pictures to {name}.</source>
      <translation>{n} Bilder zu {name} hinzugefügt.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/merge.py" line="41" />
      <source>Adds its inputs element by element. With a skip connection it makes a residual block: the layers in between only learn a correction, which lets deep networks train.</source>
      <translation>Addiert seine Eingaben elementweise. Mit einer Skip-Verbindung entsteht ein Residualblock: Die Schichten dazwischen lernen nur eine Korrektur, wodurch tiefe Netze trainierbar werden.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="104" />
      <source>Advice from the training run: it goes away when the run no longer shows it.</source>
      <translation>Hinweis aus dem Trainingslauf: Er verschwindet, wenn der Lauf ihn nicht mehr zeigt.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="102" />
      <source>Advice from the training run: it goes away when the run no longer shows it. Click to show {node} on the canvas.</source>
      <translation>Hinweis aus dem Trainingslauf: Er verschwindet, wenn der Lauf ihn nicht mehr zeigt. Klicken Sie, um {node} auf der Arbeitsfläche zu zeigen.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/recurrent.py" line="84" />
      <source>Also read the sequence backwards; doubles the output size</source>
      <translation>Die Folge auch rückwärts lesen; verdoppelt die Ausgabegröße</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="31" />
      <source>An explanation is a hint of what the network used, not proof of why.</source>
      <translation>Eine Erklärung ist ein Hinweis darauf, was das Netz verwendet hat, kein Beweis dafür, warum.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment.py" line="97" />
      <source>Another image of the dataset, and new random draws</source>
      <translation>Ein anderes Bild des Datensatzes und neue Zufallswerte</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="59" />
      <source>Arrange the layers top to bottom</source>
      <translation>Schichten von oben nach unten anordnen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="19" />
      <source>Attention</source>
      <translation>Attention</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="81" />
      <source>Augment</source>
      <translation>Augmentierung</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="24" />
      <source>Augmentation applies to image datasets</source>
      <translation>Augmentierung gilt für Bilddatensätze</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="58" />
      <source>Auto-&amp;Layout</source>
      <translation>Auto-La&amp;yout</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/view.py" line="197" />
      <source>Auto-layout</source>
      <translation>Auto-Layout</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/autosave.py" line="107" />
      <source>Autosave failed: {reason}</source>
      <translation>Automatisches Speichern fehlgeschlagen: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pool.py" line="91" />
      <source>Averages each feature map down to a fixed size, whatever the input size; with output_size 1 it gives one number per channel (global average pooling), often used before the classifier.</source>
      <translation>Mittelt jede Merkmalskarte auf eine feste Größe herunter, unabhängig von der Eingabegröße; mit output_size 1 ergibt es eine Zahl pro Kanal (globales Average-Pooling), oft vor dem Klassifikator verwendet.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="59" />
      <source>Back</source>
      <translation>Zurück</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="97" />
      <source>Batch</source>
      <translation>Stapel</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="86" />
      <source>Boundary</source>
      <translation>Grenze</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="65" />
      <source>C&amp;onnect To…</source>
      <translation>&amp;Verbinden mit…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="195" />
      <source>CPU</source>
      <translation>CPU</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="32" />
      <source>CPU ({cores} core)</source>
      <translation>CPU ({cores} Kern)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="33" />
      <source>CPU ({cores} cores)</source>
      <translation>CPU ({cores} Kerne)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="315" />
      <source>CSV files (*.csv)</source>
      <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="37" />
      <source>CUDA (not available)</source>
      <translation>CUDA (nicht verfügbar)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="42" />
      <source>CUDA was requested but this machine has no CUDA device (torch reports none). Use --device cpu or auto.</source>
      <translation>CUDA wurde angefordert, aber dieser Rechner hat kein CUDA-Gerät (torch meldet keines). Verwenden Sie --device cpu oder auto.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="31" />
      <source>CUDA when there is a CUDA device, else the CPU</source>
      <translation>CUDA, wenn ein CUDA-Gerät vorhanden ist, sonst die CPU</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/camera_feed.py" line="140" />
      <source>Camera</source>
      <translation>Kamera</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="67" />
      <source>Canvas as &amp;PNG (2x)…</source>
      <translation>Arbeitsfläche als &amp;PNG (2x)…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="65" />
      <source>Canvas as &amp;SVG…</source>
      <translation>Arbeitsfläche als &amp;SVG…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect_row.py" line="45" />
      <source>Capture into this class</source>
      <translation>In diese Klasse aufnehmen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="204" />
      <source>Captured {n} picture into “{name}”: hold the button again for more, choose another class, or Use these images.</source>
      <translation>{n} Bild in „{name}“ aufgenommen: Halten Sie die Schaltfläche für weitere erneut gedrückt, wählen Sie eine andere Klasse oder „Diese Bilder verwenden“.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="206" />
      <source>Captured {n} pictures into “{name}”: hold the button again for more, choose another class, or Use these images.</source>
      <translation>{n} Bilder in „{name}“ aufgenommen: Halten Sie die Schaltfläche für weitere erneut gedrückt, wählen Sie eine andere Klasse oder „Diese Bilder verwenden“.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/errors.py" line="36" />
      <source>Change the layer the message names, or the one before it, so that the shapes fit, and train again. Your design and the weights of earlier runs are unchanged.</source>
      <translation>Ändern Sie die in der Meldung genannte Schicht oder die davor, sodass die Formen passen, und trainieren Sie erneut. Ihr Entwurf und die Gewichte früherer Läufe bleiben unverändert.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/errors.py" line="38" />
      <source>Change the setting the message names and train again.</source>
      <translation>Ändern Sie die in der Meldung genannte Einstellung und trainieren Sie erneut.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep_rows.py" line="11" />
      <source>Check at least one setting to sweep.</source>
      <translation>Wählen Sie mindestens eine Einstellung für den Sweep aus.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/errors.py" line="39" />
      <source>Check the layer or setting the message names, change it and train again. Your design and the weights of earlier runs are unchanged.</source>
      <translation>Prüfen Sie die in der Meldung genannte Schicht oder Einstellung, ändern Sie sie und trainieren Sie erneut. Ihr Entwurf und die Gewichte früherer Läufe bleiben unverändert.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/errors.py" line="30" />
      <source>Choose CPU (or auto) in the device box and train again.</source>
      <translation>Wählen Sie im Gerätefeld CPU (oder auto) und trainieren Sie erneut.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="109" />
      <source>Choose a dataset in the training settings (nothing to train on yet).</source>
      <translation>Wählen Sie in den Trainingseinstellungen einen Datensatz (noch nichts zum Trainieren).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="114" />
      <source>Choose…</source>
      <translation>Auswählen…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="131" />
      <source>Class</source>
      <translation>Klasse</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/common/palette.py" line="47" />
      <source>Classic</source>
      <translation>Klassisch</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/camera_feed.py" line="143" />
      <source>Classify what your camera sees, live</source>
      <translation>Live klassifizieren, was Ihre Kamera sieht</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="134" />
      <source>Clear</source>
      <translation>Leeren</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="21" />
      <source>Click a cell to see its samples here.</source>
      <translation>Klicken Sie auf eine Zelle, um ihre Beispiele hier zu sehen.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="59" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="68" />
      <source>Close the lesson: its locks are lifted; the design stays</source>
      <translation>Lektion schließen: Ihre Sperren werden aufgehoben; der Entwurf bleibt</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="43" />
      <source>Collect &amp;Images…</source>
      <translation>B&amp;ilder sammeln…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="43" />
      <source>Collect images</source>
      <translation>Bilder sammeln</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/colour_palette.py" line="23" />
      <source>Colour &amp;palette</source>
      <translation>&amp;Farbpalette</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="251" />
      <source>Colour jitter: {name} multiplied by a random factor in [1 - {name}, 1 + {name}].</source>
      <translation>Farbvariation: {name} mit einem Zufallsfaktor in [1 - {name}, 1 + {name}] multipliziert.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="80" />
      <source>Colour scale: each feature map its own range (per unit), one range per layer, or one range for the whole network</source>
      <translation>Farbskala: jede Merkmalskarte mit eigenem Bereich (pro Einheit), ein Bereich pro Schicht oder ein Bereich für das ganze Netz</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="145" />
      <source>Colour the layers by a statistic of the training run (probed between batches)</source>
      <translation>Die Schichten nach einer Kennzahl des Trainingslaufs einfärben (zwischen den Stapeln gemessen)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="96" />
      <source>Colours</source>
      <translation>Farben</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="211" />
      <source>Completed: {took}.{scores}</source>
      <translation>Abgeschlossen: {took}.{scores}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="251" />
      <source>Computing {method}…</source>
      <translation>{method} wird berechnet…</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/merge.py" line="31" />
      <source>Concat along dim {dim} needs inputs that agree in every other dimension; it gets {got}.</source>
      <translation>Concat entlang dim {dim} braucht Eingaben, die in jeder anderen Dimension übereinstimmen; es erhält {got}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/merge.py" line="25" />
      <source>Concat over dim {dim} does not fit inputs of shape {shape}: dim counts the batch as 0, so use 1..{rank} (or -1 for the last).</source>
      <translation>Concat über dim {dim} passt nicht zu Eingaben der Form {shape}: dim zählt den Stapel als 0, verwenden Sie also 1..{rank} (oder -1 für die letzte).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="90" />
      <source>Confusion</source>
      <translation>Konfusion</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="48" />
      <source>Confusion matrix</source>
      <translation>Konfusionsmatrix</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="132" />
      <source>Confusion matrix (validation)</source>
      <translation>Konfusionsmatrix (Validierung)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="66" />
      <source>Connect the current layer's output to another layer (choose it with the arrow keys)</source>
      <translation>Die Ausgabe der aktuellen Schicht mit einer anderen Schicht verbinden (mit den Pfeiltasten auswählen)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="126" />
      <source>Connect {node} to…</source>
      <translation>{node} verbinden mit…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/commands.py" line="71" />
      <source>Connect {source} to {target}</source>
      <translation>{source} mit {target} verbinden</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="139" />
      <source>ConvTranspose2d's output_padding must be smaller than its stride; it is {output_padding} with stride {stride}.</source>
      <translation>output_padding von ConvTranspose2d muss kleiner als sein stride sein; es ist {output_padding} bei stride {stride}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="145" />
      <source>ConvTranspose2d's padding {padding} is too large for its {kernel} kernel on an input of size {height}x{width}: the output would be empty. Use less padding.</source>
      <translation>padding {padding} von ConvTranspose2d ist zu groß für seinen {kernel}-Kernel bei einer Eingabe der Größe {height}x{width}: Die Ausgabe wäre leer. Verwenden Sie weniger padding.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="18" />
      <source>Convolution</source>
      <translation>Faltung</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="187" />
      <source>Could not find a learning rate</source>
      <translation>Keine Lernrate gefunden</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="115" />
      <source>Could not open the checkpoint</source>
      <translation>Checkpoint konnte nicht geöffnet werden</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="198" />
      <source>Could not open the class folder</source>
      <translation>Klassenordner konnte nicht geöffnet werden</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="171" />
      <source>Could not open the design</source>
      <translation>Entwurf konnte nicht geöffnet werden</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lessons.py" line="33" />
      <source>Could not open the lesson</source>
      <translation>Lektion konnte nicht geöffnet werden</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="189" />
      <source>Could not restore the autosaved design</source>
      <translation>Automatisch gespeicherter Entwurf konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="130" />
      <source>Could not save the checkpoint</source>
      <translation>Checkpoint konnte nicht gespeichert werden</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="201" />
      <source>Could not save the design</source>
      <translation>Entwurf konnte nicht gespeichert werden</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="188" />
      <source>Could not save your work</source>
      <translation>Ihre Arbeit konnte nicht gespeichert werden</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="312" />
      <source>Could not write {path}:
{error}</source>
      <translation>{path} konnte nicht geschrieben werden:
{error}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="49" />
      <source>Cu&amp;t</source>
      <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="83" />
      <source>Curves</source>
      <translation>Kurven</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="125" />
      <source>Cut</source>
      <translation>Ausschneiden</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="52" />
      <source>D&amp;uplicate</source>
      <translation>D&amp;uplizieren</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="96" />
      <source>Dataset</source>
      <translation>Datensatz</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="52" />
      <source>Decision boundary</source>
      <translation>Entscheidungsgrenze</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/commands.py" line="45" />
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="83" />
      <source>Delete selected</source>
      <translation>Auswahl löschen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="18" />
      <source>Dense</source>
      <translation>Vollvernetzt</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="175" />
      <source>Design</source>
      <translation>Entwurf</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="99" />
      <source>Device</source>
      <translation>Gerät</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/merge.py" line="51" />
      <source>Dimension to join along, counted with the batch dimension</source>
      <translation>Dimension, entlang der verbunden wird, mit der Stapeldimension gezählt</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/activation.py" line="30" />
      <source>Dimension to normalise over, counted with the batch dimension (-1: the last)</source>
      <translation>Dimension, über die normalisiert wird, mit der Stapeldimension gezählt (-1: die letzte)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="90" />
      <source>Dimension to split (with the batch as 0)</source>
      <translation>Aufzuteilende Dimension (mit dem Stapel als 0)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="67" />
      <source>Dis&amp;connect…</source>
      <translation>&amp;Trennen…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="142" />
      <source>Disconnect {node}</source>
      <translation>{node} trennen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/commands.py" line="84" />
      <source>Disconnect {source} from {target}</source>
      <translation>{source} von {target} trennen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="225" />
      <source>Diverged: {message}</source>
      <translation>Divergiert: {message}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="59" />
      <source>Do it</source>
      <translation>Ausführen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="377" />
      <source>Do this step's action again</source>
      <translation>Die Aktion dieses Schritts erneut ausführen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="266" />
      <source>Done: {n} trial.</source>
      <translation>Fertig: {n} Versuch.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="266" />
      <source>Done: {n} trials.</source>
      <translation>Fertig: {n} Versuche.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="106" />
      <source>Downloading {name} into torch's cache (first use of this backbone): {size}</source>
      <translation>{name} wird in den Cache von torch heruntergeladen (erste Verwendung dieses Backbones): {size}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="338" />
      <source>Drag along an axis to keep the runs within a range; click the axis to clear it.</source>
      <translation>Ziehen Sie entlang einer Achse, um die Läufe auf einen Bereich zu beschränken; klicken Sie auf die Achse, um ihn aufzuheben.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="335" />
      <source>Drag along an axis to keep the runs within a range; click the axis to clear it. Dashed: the runs cut short, {runs}: no final {metric}, so left out of the importance and the best.</source>
      <translation>Ziehen Sie entlang einer Achse, um die Läufe auf einen Bereich zu beschränken; klicken Sie auf die Achse, um ihn aufzuheben. Gestrichelt: die abgebrochenen Läufe, {runs}: kein abschließender Wert für {metric}, daher bei der Wichtigkeit und beim besten Lauf nicht berücksichtigt.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="68" />
      <source>Draw a digit with the mouse; Clear starts again</source>
      <translation>Zeichnen Sie eine Ziffer mit der Maus; „Leeren“ beginnt von vorn</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="235" />
      <source>Drawing by hand needs a 28x28 image; this network takes {shape} pictures. Press Camera above to try it on what your camera sees (then Explain shows what it looked at); the activations panel shows its samples.</source>
      <translation>Zeichnen von Hand braucht ein 28x28-Bild; dieses Netz nimmt Bilder der Form {shape}. Drücken Sie oben auf „Kamera“, um es mit dem auszuprobieren, was Ihre Kamera sieht (dann zeigt „Erklären“, was es betrachtet hat); der Bereich „Aktivierungen“ zeigt seine Beispiele.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="91" />
      <source>Dropout after attention and in the feed-forward network</source>
      <translation>Dropout nach der Attention und im Feed-Forward-Netz</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/recurrent.py" line="82" />
      <source>Dropout between stacked layers (needs num_layers above 1)</source>
      <translation>Dropout zwischen gestapelten Schichten (braucht num_layers über 1)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="61" />
      <source>Dropout on the attention weights during training</source>
      <translation>Dropout auf den Attention-Gewichten während des Trainings</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="151" />
      <source>Duplicate</source>
      <translation>Duplizieren</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="58" />
      <source>During training, sets a random fraction p of its inputs to zero (and scales the rest), so the network cannot rely on any single unit. Reduces overfitting; does nothing at test time.</source>
      <translation>Setzt während des Trainings einen zufälligen Anteil p seiner Eingaben auf null (und skaliert den Rest), sodass sich das Netz auf keine einzelne Einheit verlassen kann. Verringert Überanpassung; bewirkt beim Testen nichts.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="59" />
      <source>During training, switches off whole feature maps (channels) at random instead of single values, which suits convolutions whose neighbouring values are alike. Off at test time.</source>
      <translation>Schaltet während des Trainings zufällig ganze Merkmalskarten (Kanäle) statt einzelner Werte ab, was zu Faltungen passt, deren benachbarte Werte sich ähneln. Beim Testen aus.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="245" />
      <source>Each image turns by a random angle in [-degrees, degrees].</source>
      <translation>Jedes Bild wird um einen zufälligen Winkel in [-degrees, degrees] gedreht.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="37" />
      <source>Each layer's output shape and parameters; Enter on a row selects its layer</source>
      <translation>Ausgabeform und Parameter jeder Schicht; Enter auf einer Zeile wählt ihre Schicht aus</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="57" />
      <source>Each run's settings and results, one row a run</source>
      <translation>Einstellungen und Ergebnisse jedes Laufs, eine Zeile pro Lauf</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="72" />
      <source>Each trial trains this design with settings picked from the ranges you check, and lands in the Runs view with its curves. Ranges: &lt;i&gt;low..high&lt;/i&gt;, &lt;i&gt;low..high:log&lt;/i&gt; for rates, or choices &lt;i&gt;a,b,c&lt;/i&gt;.</source>
      <translation>Jeder Versuch trainiert diesen Entwurf mit Einstellungen aus den Bereichen, die Sie ankreuzen, und erscheint mit seinen Kurven in der Ansicht „Läufe“. Bereiche: &lt;i&gt;low..high&lt;/i&gt;, &lt;i&gt;low..high:log&lt;/i&gt; für Raten oder Auswahlen &lt;i&gt;a,b,c&lt;/i&gt;.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="223" />
      <source>Early stopping: {message}{scores}</source>
      <translation>Frühes Stoppen: {message}{scores}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="33" />
      <source>Embedding needs an input of shape [T] (a sequence of T token numbers); it gets {shape}. Put it right after an Input of shape [T].</source>
      <translation>Embedding braucht eine Eingabe der Form [T] (eine Folge von T Token-Nummern); es erhält {shape}. Setzen Sie es direkt hinter einen Input der Form [T].</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="120" />
      <source>End the run after the current batch; the weights are kept</source>
      <translation>Den Lauf nach dem aktuellen Stapel beenden; die Gewichte bleiben erhalten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="110" />
      <source>End the sweep after the batch going on; the trials so far stay</source>
      <translation>Den Sweep nach dem laufenden Stapel beenden; die bisherigen Versuche bleiben</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="33" />
      <source>Enter adds the layer after the selected one, connected to it</source>
      <translation>Enter fügt die Schicht hinter der ausgewählten ein, mit ihr verbunden</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="42" />
      <source>Enter on a run brings its weights back</source>
      <translation>Enter auf einem Lauf holt seine Gewichte zurück</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="59" />
      <source>Enter opens the chosen one</source>
      <translation>Enter öffnet den gewählten Eintrag</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="97" />
      <source>Epochs</source>
      <translation>Epochen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="188" />
      <source>Epochs without progress before the run stops.</source>
      <translation>Epochen ohne Fortschritt, bevor der Lauf stoppt.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="17" />
      <source>Error</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/presentation.py" line="103" />
      <source>Esc</source>
      <translation>Esc</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="123" />
      <source>Evaluate</source>
      <translation>Auswerten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="187" />
      <source>Evaluation failed</source>
      <translation>Auswertung fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="34" />
      <source>Every rate of the range was tried.</source>
      <translation>Jede Rate des Bereichs wurde ausprobiert.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="153" />
      <source>Every run of this session. Double-click one (or select it and press Restore) to put its final weights back.</source>
      <translation>Jeder Lauf dieser Sitzung. Doppelklicken Sie auf einen (oder wählen Sie ihn aus und drücken Sie Wiederherstellen), um seine endgültigen Gewichte zurückzuholen.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/activation.py" line="45" />
      <source>Exact, or the faster tanh approximation</source>
      <translation>Exakt oder die schnellere tanh-Näherung</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="59" />
      <source>Examples and lessons</source>
      <translation>Beispiele und Lektionen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="46" />
      <source>Examples of the chosen cell</source>
      <translation>Beispiele der gewählten Zelle</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="86" />
      <source>Explain</source>
      <translation>Erklären</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="55" />
      <source>Export a worksheet (PDF)</source>
      <translation>Ein Arbeitsblatt exportieren (PDF)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="315" />
      <source>Export data as CSV</source>
      <translation>Daten als CSV exportieren</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="81" />
      <source>Export data as CSV…</source>
      <translation>Daten als CSV exportieren…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="120" />
      <source>Export failed</source>
      <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="318" />
      <source>Export picture as PNG</source>
      <translation>Bild als PNG exportieren</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="83" />
      <source>Export picture as PNG…</source>
      <translation>Bild als PNG exportieren…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="40" />
      <source>Export the canvas as {kind}</source>
      <translation>Arbeitsfläche als {kind} exportieren</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="82" />
      <source>Export the design as a PyTorch script</source>
      <translation>Den Entwurf als PyTorch-Skript exportieren</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="101" />
      <source>Export the trained model as ONNX</source>
      <translation>Das trainierte Modell als ONNX exportieren</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="46" />
      <source>Export {panel} as PNG</source>
      <translation>{panel} als PNG exportieren</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="206" />
      <source>Extra rows/columns added on one side (must be below stride)</source>
      <translation>Zusätzliche Zeilen/Spalten auf einer Seite (muss kleiner als stride sein)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="55" />
      <source>F1</source>
      <translation>F1</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="24" />
      <source>FLOPs</source>
      <translation>FLOPs</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="186" />
      <source>FLOPs per sample</source>
      <translation>FLOPs pro Beispiel</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="226" />
      <source>Failed: {message}</source>
      <translation>Fehlgeschlagen: {message}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/backbones.py" line="142" />
      <source>Fetch them with `netbuilder weights fetch {model}` on a computer with internet (or copy the file there), or set weights to the path of a state_dict file.</source>
      <translation>Holen Sie sie mit `netbuilder weights fetch {model}` auf einem Computer mit Internet (oder kopieren Sie die Datei dorthin), oder setzen Sie weights auf den Pfad einer state_dict-Datei.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="297" />
      <source>Fetching the {split} split's samples of true {true}, predicted {pred}…</source>
      <translation>Beispiele der Aufteilung {split} (wahr: {true}, vorhergesagt: {pred}) werden geladen…</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="109" />
      <source>Filter size: one number, or one per spatial dimension</source>
      <translation>Filtergröße: eine Zahl oder eine pro räumlicher Dimension</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="57" />
      <source>Find &amp;Learning Rate…</source>
      <translation>&amp;Lernrate finden…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="77" />
      <source>Find a learning rate</source>
      <translation>Eine Lernrate finden</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="282" />
      <source>Finding a learning rate was stopped: no suggestion.</source>
      <translation>Die Suche nach einer Lernrate wurde abgebrochen: kein Vorschlag.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="262" />
      <source>Finding a learning rate…</source>
      <translation>Lernrate wird gesucht…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="271" />
      <source>Finding a learning rate… {done} of at most {total} batches</source>
      <translation>Lernrate wird gesucht… {done} von höchstens {total} Stapeln</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="295" />
      <source>Finishing…</source>
      <translation>Wird abgeschlossen…</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="74" />
      <source>First dimension to flatten (with the batch as 0)</source>
      <translation>Erste abzuflachende Dimension (mit dem Stapel als 0)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/errors.py" line="32" />
      <source>Fix the data or the dataset setting the message names, then train again. Your design and the weights of earlier runs are unchanged.</source>
      <translation>Beheben Sie die in der Meldung genannten Daten oder Datensatzeinstellung und trainieren Sie erneut. Ihr Entwurf und die Gewichte früherer Läufe bleiben unverändert.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/errors.py" line="34" />
      <source>Fix the design's problem the message names (the Problems list shows it too), then train again.</source>
      <translation>Beheben Sie das in der Meldung genannte Problem des Entwurfs (die Problemliste zeigt es ebenfalls) und trainieren Sie erneut.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/preview.py" line="78" />
      <source>Fix the design's problems (see Problems): then the plane shows the training data and what the untrained network predicts.</source>
      <translation>Beheben Sie die Probleme des Entwurfs (siehe Probleme): Dann zeigt die Ebene die Trainingsdaten und was das untrainierte Netz vorhersagt.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="271" />
      <source>Fix the design's problems first ('{node}': {problem})</source>
      <translation>Beheben Sie zuerst die Probleme des Entwurfs ('{node}': {problem})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="273" />
      <source>Fix the design's problems first ({problem})</source>
      <translation>Beheben Sie zuerst die Probleme des Entwurfs ({problem})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="16" />
      <source>Flatten with start_dim 0 would merge the batch; use start_dim 1.</source>
      <translation>Flatten mit start_dim 0 würde den Stapel zusammenfassen; verwenden Sie start_dim 1.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="18" />
      <source>Flatten's start_dim {start_dim} comes after end_dim {end_dim} for an input of shape {shape}.</source>
      <translation>start_dim {start_dim} von Flatten liegt hinter end_dim {end_dim} für eine Eingabe der Form {shape}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_tensorboard.py" line="124" />
      <source>Folder for the TensorBoard logs</source>
      <translation>Ordner für die TensorBoard-Logs</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="124" />
      <source>Folder:</source>
      <translation>Ordner:</translation>
    </message>
    <message>
      <location filename="netbuilder/core/errors.py" line="31" />
      <source>Follow the message to make the data available, then train again.</source>
      <translation>Folgen Sie der Meldung, um die Daten verfügbar zu machen, und trainieren Sie dann erneut.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="62" />
      <source>For a classroom: big text and lines, only the canvas and the plots (Esc leaves)</source>
      <translation>Für den Unterricht: große Schrift und Linien, nur die Arbeitsfläche und die Diagramme (Esc beendet)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="122" />
      <source>Forget what was learned: new weights from the seed</source>
      <translation>Gelerntes vergessen: neue Gewichte aus dem Seed</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="139" />
      <source>Fraction of the training samples held back to check progress (0 to 0.9). Empty: the default.</source>
      <translation>Anteil der Trainingsbeispiele, der zum Prüfen des Fortschritts zurückgehalten wird (0 bis 0,9). Leer: der Standardwert.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="184" />
      <source>Frozen parameters</source>
      <translation>Eingefrorene Parameter</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="254" />
      <source>Gaussian noise of this standard deviation, on pixels from 0 to 1.</source>
      <translation>Gaußsches Rauschen mit dieser Standardabweichung, auf Pixeln von 0 bis 1.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="20" />
      <source>Grad-CAM</source>
      <translation>Grad-CAM</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="137" />
      <source>Gradients vanish on the way back through the {kind} layers: {first_id} gets a gradient {times} smaller than {best_id}'s ({first:.2g} against {best:.2g}), so the first layers barely learn. Try ReLU instead of {squashing}, or BatchNorm between the layers.</source>
      <translation>Die Gradienten verschwinden auf dem Rückweg durch die {kind}-Schichten: {first_id} erhält einen {times} kleineren Gradienten als {best_id} ({first:.2g} gegenüber {best:.2g}), daher lernen die ersten Schichten kaum. Versuchen Sie ReLU statt {squashing} oder BatchNorm zwischen den Schichten.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="121" />
      <source>Handwritten digits 0-9, 28x28 grey, 60000 train / 10000 test.</source>
      <translation>Handgeschriebene Ziffern 0-9, 28x28 Graustufen, 60000 Training / 10000 Test.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="31" />
      <source>Health: dead ReLU units</source>
      <translation>Zustand: tote ReLU-Einheiten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="30" />
      <source>Health: gradient norm</source>
      <translation>Zustand: Gradientennorm</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="30" />
      <source>Health: off</source>
      <translation>Zustand: aus</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="31" />
      <source>Health: saturated sigmoid / tanh</source>
      <translation>Zustand: gesättigtes Sigmoid / tanh</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pool.py" line="94" />
      <source>Height and width of the result: one number or two</source>
      <translation>Höhe und Breite des Ergebnisses: eine Zahl oder zwei</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="113" />
      <source>Hide this dialog; a sweep going on goes on</source>
      <translation>Diesen Dialog ausblenden; ein laufender Sweep läuft weiter</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="73" />
      <source>Hold it down: up to {n} pictures a second go into the chosen class</source>
      <translation>Gedrückt halten: Bis zu {n} Bilder pro Sekunde gehen in die gewählte Klasse</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="72" />
      <source>Hold to capture</source>
      <translation>Zum Aufnehmen halten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="191" />
      <source>Hold to capture into “{name}”</source>
      <translation>Zum Aufnehmen in „{name}“ halten</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="15" />
      <source>How fast the running mean and variance (used at test time) follow the batches</source>
      <translation>Wie schnell der gleitende Mittelwert und die Varianz (beim Testen verwendet) den Stapeln folgen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="242" />
      <source>How likely each image is flipped.</source>
      <translation>Wie wahrscheinlich jedes Bild gespiegelt wird.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="168" />
      <source>How many samples are averaged for one step.</source>
      <translation>Wie viele Beispiele für einen Schritt gemittelt werden.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="219" />
      <source>How many times larger each spatial size gets</source>
      <translation>Um das Wievielfache jede räumliche Größe wächst</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="166" />
      <source>How many times the network sees the whole training set.</source>
      <translation>Wie oft das Netz den ganzen Trainingsdatensatz sieht.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="89" />
      <source>How many trials to train (each one a run)</source>
      <translation>Wie viele Versuche trainiert werden (jeder ein Lauf)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="23" />
      <source>How much a tiny change of each input value would change the class's score (the gradient's size)</source>
      <translation>Wie stark eine winzige Änderung jedes Eingabewerts den Wert der Klasse ändern würde (die Größe des Gradienten)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="324" />
      <source>How much of the {metric}'s spread each setting explains, from these {usable} runs (Optuna's importance).</source>
      <translation>Wie viel der Streuung von {metric} jede Einstellung erklärt, aus diesen {usable} Läufen (Wichtigkeit nach Optuna).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="28" />
      <source>How much the class's score drops when a patch of the input is blanked out: red where hiding it hurts, blue where hiding it helps</source>
      <translation>Wie stark der Wert der Klasse sinkt, wenn ein Bereich der Eingabe ausgeblendet wird: rot, wo das Verdecken schadet, blau, wo es hilft</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="159" />
      <source>How much the smoothed loss line averages over recent batches (0: off); never more than a quarter of an epoch</source>
      <translation>Über wie viele der letzten Stapel die geglättete Verlustlinie mittelt (0: aus); nie mehr als ein Viertel einer Epoche</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="156" />
      <source>How much the smoothed loss line averages over recent batches (0: off); never more than a quarter of an epoch. This run's epoch is {batches}: {usage}</source>
      <translation>Über wie viele der letzten Stapel die geglättete Verlustlinie mittelt (0: aus); nie mehr als ein Viertel einer Epoche. Die Epoche dieses Laufs hat {batches}: {usage}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="55" />
      <source>How the explanation is computed</source>
      <translation>Wie die Erklärung berechnet wird</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="172" />
      <source>How the learning rate changes from epoch to epoch: step (divide by 10 every 10 epochs), cosine (glide down to 0), plateau (divide when progress stalls). none: constant.</source>
      <translation>Wie sich die Lernrate von Epoche zu Epoche ändert: step (alle 10 Epochen durch 10 teilen), cosine (auf 0 hinabgleiten), plateau (teilen, wenn der Fortschritt stockt). none: konstant.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="149" />
      <source>How the weights move downhill: sgd is the plain rule, adam adapts the step per weight.</source>
      <translation>Wie sich die Gewichte bergab bewegen: sgd ist die einfache Regel, adam passt den Schritt für jedes Gewicht an.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="147" />
      <source>How wrong a prediction is: mse or l1 for numbers, cross_entropy for classes, bce for yes/no. automatic: chosen from the dataset.</source>
      <translation>Wie falsch eine Vorhersage ist: mse oder l1 für Zahlen, cross_entropy für Klassen, bce für Ja/Nein. automatisch: aus dem Datensatz gewählt.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="17" />
      <source>Info</source>
      <translation>Info</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="18" />
      <source>Input/Output</source>
      <translation>Ein-/Ausgabe</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="73" />
      <source>Inspector</source>
      <translation>Inspektor</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="20" />
      <source>Integrated Gradients</source>
      <translation>Integrated Gradients</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="118" />
      <source>Interleaved spiral arms (2-D, classes: 2 or 3), 1000 train / 500 test.</source>
      <translation>Ineinandergreifende Spiralarme (2D, Klassen: 2 oder 3), 1000 Training / 500 Test.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="40" />
      <source>It is still loading its data (or finishing an evaluation), which cannot be cut short. It will stop as soon as that is done: try again in a moment.</source>
      <translation>Er lädt noch seine Daten (oder beendet eine Auswertung), was sich nicht abbrechen lässt. Er stoppt, sobald das erledigt ist: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/merge.py" line="49" />
      <source>Joins its inputs side by side along one dimension (1 = features or channels). Use it to combine branches that look at the data differently.</source>
      <translation>Fügt seine Eingaben entlang einer Dimension nebeneinander zusammen (1 = Merkmale oder Kanäle). Verwenden Sie es, um Zweige zu kombinieren, die die Daten unterschiedlich betrachten.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="231" />
      <source>Kept the weights of epoch {epoch} (best {monitor}: {best:.4g}).</source>
      <translation>Gewichte von Epoche {epoch} behalten (bester Wert für {monitor}: {best:.4g}).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="98" />
      <source>LR schedule</source>
      <translation>LR-Zeitplan</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="75" />
      <source>Last dimension to flatten</source>
      <translation>Letzte abzuflachende Dimension</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="24" />
      <source>Layer</source>
      <translation>Schicht</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="69" />
      <source>Layer &amp;Settings</source>
      <translation>Schicht&amp;einstellungen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="41" />
      <source>LayerNorm needs an input with at least one dimension; it gets a single number.</source>
      <translation>LayerNorm braucht eine Eingabe mit mindestens einer Dimension; es erhält eine einzelne Zahl.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="72" />
      <source>Layers</source>
      <translation>Schichten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="33" />
      <source>Layers to add</source>
      <translation>Hinzuzufügende Schichten</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="17" />
      <source>Learn a scale and a shift per channel after normalising</source>
      <translation>Nach dem Normalisieren eine Skalierung und Verschiebung pro Kanal lernen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="78" />
      <source>Learn a scale and a shift per feature</source>
      <translation>Eine Skalierung und Verschiebung pro Merkmal lernen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/recurrent.py" line="81" />
      <source>Learn additive biases</source>
      <translation>Additive Bias-Werte lernen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="73" />
      <source>Learn additive biases in the projections</source>
      <translation>Additive Bias-Werte in den Projektionen lernen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="116" />
      <source>Learn an additive bias for each output channel</source>
      <translation>Einen additiven Bias für jeden Ausgabekanal lernen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="50" />
      <source>Learn an additive bias for each unit</source>
      <translation>Einen additiven Bias für jede Einheit lernen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="98" />
      <source>Learning rate</source>
      <translation>Lernrate</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="153" />
      <source>Learning rate: the size of each step. Too big diverges, too small crawls.</source>
      <translation>Lernrate: die Größe jedes Schritts. Zu groß divergiert, zu klein kriecht.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/presentation.py" line="103" />
      <source>Leave presentation</source>
      <translation>Präsentation verlassen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment.py" line="262" />
      <source>Left: training image {index} of the first {pool} ({shape}); right: {copies} augmented copies</source>
      <translation>Links: Trainingsbild {index} der ersten {pool} ({shape}); rechts: {copies} augmentierte Kopien</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="72" />
      <source>Length of the vector learned for each token</source>
      <translation>Länge des Vektors, der für jedes Token gelernt wird</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="109" />
      <source>Lesson</source>
      <translation>Lektion</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="58" />
      <source>Lesson step</source>
      <translation>Lektionsschritt</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/gallery.py" line="204" />
      <source>Lesson: {title}</source>
      <translation>Lektion: {title}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lessons.py" line="75" />
      <source>Lessons with weights (*.nblesson)</source>
      <translation>Lektionen mit Gewichten (*.nblesson)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="13" />
      <source>Linear needs an input with at least one dimension; it gets a scalar.</source>
      <translation>Linear braucht eine Eingabe mit mindestens einer Dimension; es erhält einen Skalar.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="254" />
      <source>Loading the data and building the model…</source>
      <translation>Daten werden geladen und Modell wird erstellt…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/preview.py" line="81" />
      <source>Loading the training data…</source>
      <translation>Trainingsdaten werden geladen…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/document.py" line="123" />
      <source>Locked by the lesson: '{command}' cannot be done while the lesson is open</source>
      <translation>Durch die Lektion gesperrt: '{command}' ist nicht möglich, solange die Lektion geöffnet ist</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/document.py" line="187" />
      <source>Locked by the lesson: another design cannot be opened; close the lesson first (the lesson panel's Close)</source>
      <translation>Durch die Lektion gesperrt: Ein anderer Entwurf kann nicht geöffnet werden; schließen Sie zuerst die Lektion (Schließen im Lektionsbereich)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lesson_locks.py" line="70" />
      <source>Locked by the lesson: students do not change {setting} in this lesson.</source>
      <translation>Durch die Lektion gesperrt: In dieser Lektion ändern Lernende {setting} nicht.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="62" />
      <source>Locked by the lesson: the layers cannot be changed (added, deleted, connected or edited); moving them is fine</source>
      <translation>Durch die Lektion gesperrt: Die Schichten können nicht geändert werden (hinzugefügt, gelöscht, verbunden oder bearbeitet); Verschieben ist erlaubt</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="74" />
      <source>Locked by the lesson: {settings} cannot be changed</source>
      <translation>Durch die Lektion gesperrt (nicht änderbar): {settings}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="72" />
      <source>Locked by the lesson: {settings} cannot be changed; you may change {free}</source>
      <translation>Durch die Lektion gesperrt (nicht änderbar): {settings}; weiterhin änderbar: {free}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plots.py" line="65" />
      <source>Log scale</source>
      <translation>Log-Skala</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_tensorboard.py" line="69" />
      <source>Log to TensorBoard in</source>
      <translation>TensorBoard-Logs in</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="76" />
      <source>Look at a sample of the test split chosen at random</source>
      <translation>Ein zufällig gewähltes Beispiel der Testdaten ansehen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="98" />
      <source>Loss</source>
      <translation>Verlust</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="62" />
      <source>Loss at each learning rate</source>
      <translation>Verlust bei jeder Lernrate</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="45" />
      <source>Loss curves</source>
      <translation>Verlustkurven</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="56" />
      <source>Loss of each run</source>
      <translation>Verlust jedes Laufs</translation>
    </message>
    <message>
      <location filename="netbuilder/core/errors.py" line="29" />
      <source>Lower the batch size, or make the largest layers smaller, and train again.</source>
      <translation>Verringern Sie die Stapelgröße oder verkleinern Sie die größten Schichten und trainieren Sie erneut.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="267" />
      <source>Lower the learning rate</source>
      <translation>Die Lernrate senken</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="271" />
      <source>Lower the learning rate or normalise the inputs</source>
      <translation>Die Lernrate senken oder die Eingaben normalisieren</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="24" />
      <source>MAE</source>
      <translation>MAE</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="137" />
      <source>Main</source>
      <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="351" />
      <source>Make the design's training settings (and its layers' units or dropout, when the network is the same) those of {run}, the best by {metric} among the runs shown. One undo step.</source>
      <translation>Die Trainingseinstellungen des Entwurfs (und die Einheiten oder das Dropout seiner Schichten, wenn das Netz dasselbe ist) auf die von {run} setzen, dem besten nach {metric} unter den angezeigten Läufen. Ein Rückgängig-Schritt.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="216" />
      <source>Makes a feature map larger by a fixed factor without learning anything: nearest copies each value, bilinear blends neighbours smoothly. A cheap alternative to ConvTranspose2d.</source>
      <translation>Vergrößert eine Merkmalskarte um einen festen Faktor, ohne etwas zu lernen: nearest kopiert jeden Wert, bilinear mischt Nachbarn glatt. Eine günstige Alternative zu ConvTranspose2d.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="121" />
      <source>Mean absolute error</source>
      <translation>Mittlerer absoluter Fehler</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="198" />
      <source>Memory to train (batch {batch:,})</source>
      <translation>Speicher zum Trainieren (Stapel {batch:,})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="19" />
      <source>Merge</source>
      <translation>Zusammenführen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="71" />
      <source>Method</source>
      <translation>Methode</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/commands.py" line="120" />
      <source>Move</source>
      <translation>Verschieben</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="78" />
      <source>Move the keyboard focus to the canvas (Escape does it too)</source>
      <translation>Den Tastaturfokus auf die Arbeitsfläche setzen (auch mit Esc)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="74" />
      <source>Move the keyboard focus to the next panel</source>
      <translation>Den Tastaturfokus in den nächsten Bereich setzen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="76" />
      <source>Move the keyboard focus to the previous panel</source>
      <translation>Den Tastaturfokus in den vorherigen Bereich setzen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/interactions.py" line="110" />
      <source>Move {node}</source>
      <translation>{node} verschieben</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/interactions.py" line="111" />
      <source>Move {n} layers</source>
      <translation>{n} Schichten verschieben</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="242" />
      <source>NaN</source>
      <translation>NaN</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="73" />
      <source>Ne&amp;xt Panel</source>
      <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_tensorboard.py" line="17" />
      <source>Needs the tensorboard package: pip install 'netbuilder[tensorboard]'</source>
      <translation>Benötigt das Paket tensorboard: pip install 'netbuilder[tensorboard]'</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="27" />
      <source>Network canvas</source>
      <translation>Netz-Arbeitsfläche</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment.py" line="95" />
      <source>New sample</source>
      <translation>Neues Beispiel</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="83" />
      <source>New shape of one sample, without the batch dimension</source>
      <translation>Neue Form eines Beispiels, ohne die Stapeldimension</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="59" />
      <source>Next</source>
      <translation>Weiter</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/common/camera.py" line="19" />
      <source>No camera found</source>
      <translation>Keine Kamera gefunden</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/common/camera.py" line="43" />
      <source>No camera support could load ({why})</source>
      <translation>Keine Kameraunterstützung konnte geladen werden ({why})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_chart.py" line="28" />
      <source>No confusion matrix yet: it appears after the first validation.</source>
      <translation>Noch keine Konfusionsmatrix: Sie erscheint nach der ersten Validierung.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="359" />
      <source>No design</source>
      <translation>Kein Entwurf</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="280" />
      <source>No frame classified yet: Explain looks at the last one the network saw.</source>
      <translation>Noch kein Kamerabild klassifiziert: „Erklären“ betrachtet das letzte, das das Netz gesehen hat.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="234" />
      <source>No improvement in {monitor} for {patience} epoch(s): stopped after epoch {last}. {kept}{note}</source>
      <translation>Keine Verbesserung bei {monitor} seit {patience} Epoche(n): nach Epoche {last} gestoppt. {kept}{note}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="286" />
      <source>No learning rate suggested</source>
      <translation>Keine Lernrate vorgeschlagen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="38" />
      <source>No lesson open</source>
      <translation>Keine Lektion geöffnet</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment.py" line="276" />
      <source>No preview: {why}. New sample tries again.</source>
      <translation>Keine Vorschau: {why}. „Neues Beispiel“ versucht es erneut.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="80" />
      <source>No problems</source>
      <translation>Keine Probleme</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="80" />
      <source>No problems in the design</source>
      <translation>Keine Probleme im Entwurf</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="138" />
      <source>No suggestion: the loss never fell below where it began over the rates tried ({tried}); a network trained already has little left to say. {ended} Keep the learning rate you have, or check the data and the design.</source>
      <translation>Kein Vorschlag: Der Verlust fiel über die ausprobierten Raten ({tried}) nie unter seinen Anfangswert; ein bereits trainiertes Netz hat wenig mehr zu sagen. {ended} Behalten Sie Ihre Lernrate, oder prüfen Sie die Daten und den Entwurf.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="171" />
      <source>No summary: {reason}</source>
      <translation>Keine Übersicht: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="18" />
      <source>Normalisation</source>
      <translation>Normalisierung</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="95" />
      <source>Normalise before attention and feed-forward (often trains more stably) instead of after</source>
      <translation>Vor Attention und Feed-Forward normalisieren (trainiert oft stabiler) statt danach</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment.py" line="220" />
      <source>Not changed: {reason}</source>
      <translation>Nicht geändert: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="68" />
      <source>Not reset: {reason}</source>
      <translation>Nicht zurückgesetzt: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="94" />
      <source>Not restored: {reason}</source>
      <translation>Nicht wiederhergestellt: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="43" />
      <source>Not rewound: {reason}</source>
      <translation>Nicht zurückgespult: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="168" />
      <source>Not set: {reason}</source>
      <translation>Nicht gesetzt: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="205" />
      <source>Not started: a run is going on; stop it first.</source>
      <translation>Nicht gestartet: Ein Lauf ist im Gange; halten Sie ihn zuerst an.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="202" />
      <source>Not started: {reason}</source>
      <translation>Nicht gestartet: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="141" />
      <source>Not trained yet.</source>
      <translation>Noch nicht trainiert.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="29" />
      <source>Nothing is selected, so these settings belong to the whole design. Click a layer on the canvas to see and change its own settings.</source>
      <translation>Nichts ist ausgewählt, daher gelten diese Einstellungen für den ganzen Entwurf. Klicken Sie auf eine Schicht auf der Arbeitsfläche, um ihre eigenen Einstellungen zu sehen und zu ändern.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="378" />
      <source>Nothing to do in this step: read it, then press Next</source>
      <translation>In diesem Schritt ist nichts zu tun: Lesen Sie ihn und drücken Sie dann Weiter</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="346" />
      <source>Nothing to evaluate yet: train first.</source>
      <translation>Noch nichts auszuwerten: Trainieren Sie zuerst.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="184" />
      <source>Nothing to redo</source>
      <translation>Nichts wiederherzustellen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="182" />
      <source>Nothing to undo</source>
      <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="333" />
      <source>Nothing used: {reason}</source>
      <translation>Nichts verwendet: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="88" />
      <source>Number of attention heads; must divide the feature count</source>
      <translation>Anzahl der Attention-Köpfe; muss die Merkmalsanzahl teilen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="107" />
      <source>Number of filters, i.e. output channels (feature maps)</source>
      <translation>Anzahl der Filter, d. h. Ausgabekanäle (Merkmalskarten)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="201" />
      <source>Number of output channels (feature maps)</source>
      <translation>Anzahl der Ausgabekanäle (Merkmalskarten)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="49" />
      <source>Number of output units (neurons)</source>
      <translation>Anzahl der Ausgabeeinheiten (Neuronen)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="70" />
      <source>Number of parallel attention heads; must divide the feature count</source>
      <translation>Anzahl der parallelen Attention-Köpfe; muss die Merkmalsanzahl teilen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/recurrent.py" line="75" />
      <source>Number of recurrent layers stacked on top of each other</source>
      <translation>Anzahl der übereinander gestapelten rekurrenten Schichten</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="123" />
      <source>ONNX export needs the {package} package, which is not installed: {install}</source>
      <translation>Der ONNX-Export benötigt das Paket {package}, das nicht installiert ist: {install}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="101" />
      <source>ONNX models (*.onnx)</source>
      <translation>ONNX-Modelle (*.onnx)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="21" />
      <source>Occlusion</source>
      <translation>Verdeckung</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/common/palette.py" line="47" />
      <source>Okabe-Ito (colour-blind safe)</source>
      <translation>Okabe-Ito (farbenblind-sicher)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary.py" line="76" />
      <source>On: each region fades toward the background where the network is unsure.
Off: hard regions, each point in the colour of the class predicted there.</source>
      <translation>Ein: Jede Region verblasst zum Hintergrund hin, wo das Netz unsicher ist.
Aus: harte Regionen, jeder Punkt in der Farbe der dort vorhergesagten Klasse.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="85" />
      <source>One transformer block: self-attention followed by a small two-layer network, each with a residual connection and LayerNorm. Stack a few after an Embedding for sequence tasks.</source>
      <translation>Ein Transformer-Block: Self-Attention, gefolgt von einem kleinen zweischichtigen Netz, jeweils mit einer Residualverbindung und LayerNorm. Stapeln Sie einige davon hinter einem Embedding für Sequenzaufgaben.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="50" />
      <source>Only one Input is supported; {inputs} are Inputs. Remove all but one.</source>
      <translation>Nur ein Input wird unterstützt; {inputs} sind Inputs. Entfernen Sie alle bis auf einen.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="98" />
      <source>Open &amp;Class Folder…</source>
      <translation>&amp;Klassenordner öffnen…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="41" />
      <source>Open &amp;Preset…</source>
      <translation>&amp;Vorlage öffnen…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="102" />
      <source>Open &amp;Recent</source>
      <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="160" />
      <source>Open Lesson &amp;File…</source>
      <translation>Lektions&amp;datei öffnen…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="42" />
      <source>Open a bundled example</source>
      <translation>Ein mitgeliefertes Beispiel öffnen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="40" />
      <source>Open a design file</source>
      <translation>Eine Entwurfsdatei öffnen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="173" />
      <source>Open a folder of students' work</source>
      <translation>Einen Ordner mit Arbeiten von Lernenden öffnen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="167" />
      <source>Open a lesson</source>
      <translation>Eine Lektion öffnen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="26" />
      <source>Open a lesson from the Lessons menu (or a lesson file with File &gt; Open) to go through it step by step.</source>
      <translation>Öffnen Sie eine Lektion aus dem Menü Lektionen (oder eine Lektionsdatei mit Datei &gt; Öffnen), um sie Schritt für Schritt durchzugehen.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/gallery.py" line="143" />
      <source>Open an example</source>
      <translation>Ein Beispiel öffnen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="369" />
      <source>Open design</source>
      <translation>Entwurf öffnen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="99" />
      <source>Open every student's work file of a folder: their runs side by side in the Runs view</source>
      <translation>Die Arbeitsdateien aller Lernenden in einem Ordner öffnen: ihre Läufe nebeneinander in der Ansicht „Läufe“</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="118" />
      <source>Opened the checkpoint {path}: {epochs} epochs trained, test accuracy {accuracy:.1f}%. Train goes on from these weights.</source>
      <translation>Checkpoint {path} geöffnet: {epochs} Epochen trainiert, Testgenauigkeit {accuracy:.1f} %. „Trainieren“ macht mit diesen Gewichten weiter.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="120" />
      <source>Opened the checkpoint {path}: {epochs} epochs trained. Train goes on from these weights.</source>
      <translation>Checkpoint {path} geöffnet: {epochs} Epochen trainiert. „Trainieren“ macht mit diesen Gewichten weiter.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="138" />
      <source>Opened the work of {n} student ({runs} runs)</source>
      <translation>Arbeit von {n} Lernenden geöffnet ({runs} Läufe)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="139" />
      <source>Opened the work of {n} students ({runs} runs)</source>
      <translation>Arbeiten von {n} Lernenden geöffnet ({runs} Läufe)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="97" />
      <source>Optimizer</source>
      <translation>Optimierer</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="133" />
      <source>Order:</source>
      <translation>Reihenfolge:</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="41" />
      <source>Outcome of the run</source>
      <translation>Ergebnis des Laufs</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/recurrent.py" line="85" />
      <source>Output every step [T, H] instead of only the last one [H]</source>
      <translation>Jeden Schritt ausgeben [T, H] statt nur den letzten [H]</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="24" />
      <source>Output shape</source>
      <translation>Ausgabeform</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="55" />
      <source>PDF documents (*.pdf)</source>
      <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="318" />
      <source>PNG images (*.png)</source>
      <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="48" />
      <source>PNG pictures (*.png)</source>
      <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="112" />
      <source>Panel as PNG (2x)</source>
      <translation>Bereich als PNG (2x)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="24" />
      <source>Parameters</source>
      <translation>Parameter</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="180" />
      <source>Parameters that learn: {total:,}</source>
      <translation>Trainierbare Parameter: {total:,}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="179" />
      <source>Parameters that learn: {total:,} (and {frozen:,} frozen)</source>
      <translation>Trainierbare Parameter: {total:,} (und {frozen:,} eingefroren)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="145" />
      <source>Paste</source>
      <translation>Einfügen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="309" />
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="119" />
      <source>Pause after the current batch (Resume goes on)</source>
      <translation>Nach dem aktuellen Stapel pausieren („Fortsetzen“ macht weiter)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="75" />
      <source>Paused after one batch {where}. Step trains one batch more; Resume goes on.{logs}</source>
      <translation>Nach einem Stapel {where} pausiert. „Schritt“ trainiert einen weiteren Stapel; „Fortsetzen“ macht weiter.{logs}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="78" />
      <source>Paused before the first batch {where}. Step trains one batch more; Resume goes on.{logs}</source>
      <translation>Vor dem ersten Stapel {where} pausiert. „Schritt“ trainiert einen weiteren Stapel; „Fortsetzen“ macht weiter.{logs}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="59" />
      <source>Paused. Resume goes on; Step trains exactly one batch and pauses again.</source>
      <translation>Pausiert. „Fortsetzen“ macht weiter; „Schritt“ trainiert genau einen Stapel und pausiert erneut.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="32" />
      <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff);;All files (*)</source>
      <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="18" />
      <source>Pooling</source>
      <translation>Pooling</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="75" />
      <source>Pre&amp;vious Panel</source>
      <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="47" />
      <source>Precision, recall and F1 of each class</source>
      <translation>Präzision, Trefferquote und F1 jeder Klasse</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_chart.py" line="325" />
      <source>Predicted class</source>
      <translation>Vorhergesagte Klasse</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="51" />
      <source>Predicted probabilities</source>
      <translation>Vorhergesagte Wahrscheinlichkeiten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/presentation.py" line="334" />
      <source>Presentation layout</source>
      <translation>Präsentationslayout</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/presentation.py" line="94" />
      <source>Presenter</source>
      <translation>Präsentationsleiste</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="354" />
      <source>Press Next to begin.</source>
      <translation>Drücken Sie auf Weiter, um zu beginnen.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pretrained.py" line="127" />
      <source>Pretrained needs a colour image [3, H, W]; it gets {shape}. Set the Input to 3 channels (an image folder with channels 3) or put it after a layer that gives 3.</source>
      <translation>Pretrained braucht ein Farbbild [3, H, W]; es erhält {shape}. Stellen Sie den Input auf 3 Kanäle (ein Bildordner mit channels 3) oder setzen Sie es hinter eine Schicht, die 3 liefert.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/backbones.py" line="145" />
      <source>Pretrained {model}: its ImageNet weights are not in torch's cache ({path}) and downloads are off ({variable} is set). {advice}</source>
      <translation>Pretrained {model}: Seine ImageNet-Gewichte sind nicht im Cache von torch ({path}), und Downloads sind ausgeschaltet ({variable} ist gesetzt). {advice}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/backbones.py" line="151" />
      <source>Pretrained {model}: its ImageNet weights are not in torch's cache ({path}) and {reason} {advice}</source>
      <translation>Pretrained {model}: Seine ImageNet-Gewichte sind nicht im Cache von torch ({path}) und {reason} {advice}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pretrained.py" line="104" />
      <source>Pretrained {name} has no stage {trainable!r}; its stages are {stage_names}. Choose one of them, all or none for trainable.</source>
      <translation>Pretrained {name} hat keine Stufe {trainable!r}; seine Stufen sind {stage_names}. Wählen Sie für trainable eine davon, all oder none.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pretrained.py" line="131" />
      <source>Pretrained {name} needs an image of at least {MIN_SIZE}x{MIN_SIZE}; it gets {s}x{s2}. Use larger images (224x224 is what it was trained on).</source>
      <translation>Pretrained {name} braucht ein Bild von mindestens {MIN_SIZE}x{MIN_SIZE}; es erhält {s}x{s2}. Verwenden Sie größere Bilder (trainiert wurde es mit 224x224).</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="61" />
      <source>Probability of zeroing each channel</source>
      <translation>Wahrscheinlichkeit, mit der jeder Kanal auf null gesetzt wird</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="60" />
      <source>Probability of zeroing each element</source>
      <translation>Wahrscheinlichkeit, mit der jedes Element auf null gesetzt wird</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="75" />
      <source>Problems</source>
      <translation>Probleme</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="371" />
      <source>Pruned by the sweep at epoch {epoch}: behind the median of earlier trials</source>
      <translation>Vom Sweep in Epoche {epoch} abgebrochen: schlechter als der Median früherer Versuche</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="160" />
      <source>Pulls every weight a little towards zero at each step, against overfitting.</source>
      <translation>Zieht jedes Gewicht bei jedem Schritt ein wenig in Richtung null, gegen Überanpassung.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="28" />
      <source>Put it after a Conv2d; use BatchNorm1d after Linear layers.</source>
      <translation>Setzen Sie es hinter ein Conv2d; verwenden Sie BatchNorm1d hinter Linear-Schichten.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="33" />
      <source>Put it after a Conv2d; use Dropout after Linear layers.</source>
      <translation>Setzen Sie es hinter ein Conv2d; verwenden Sie Dropout hinter Linear-Schichten.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="16" />
      <source>Put it after a sequence Input such as [1, 100] or a Reshape.</source>
      <translation>Setzen Sie es hinter einen Sequenz-Input wie [1, 100] oder ein Reshape.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="17" />
      <source>Put it after an image Input or a Reshape.</source>
      <translation>Setzen Sie es hinter einen Bild-Input oder ein Reshape.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="71" />
      <source>PyTorch &amp;script (.py)…</source>
      <translation>PyTorch-S&amp;kript (.py)…</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="36" />
      <source>PyTorch finds no CUDA device on this machine (no NVIDIA GPU, or no driver)</source>
      <translation>PyTorch findet auf diesem Rechner kein CUDA-Gerät (keine NVIDIA-GPU oder kein Treiber)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="83" />
      <source>Python scripts (*.py)</source>
      <translation>Python-Skripte (*.py)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="155" />
      <source>Questions</source>
      <translation>Fragen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="154" />
      <source>Questions: {lesson}</source>
      <translation>Fragen: {lesson}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="74" />
      <source>Random</source>
      <translation>Zufällig</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment.py" line="106" />
      <source>Random changes to each training batch (never to validation or test). Preview: one sample and 16 copies, as training draws them.</source>
      <translation>Zufällige Änderungen an jedem Trainingsstapel (nie an Validierung oder Test). Vorschau: ein Beispiel und 16 Kopien, wie das Training sie zieht.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="194" />
      <source>Random changes to each training batch of images (never to validation or test): a list of {"type": flip, rotation, crop, color or noise, and its parameters}.</source>
      <translation>Zufällige Änderungen an jedem Trainingsstapel aus Bildern (nie an Validierung oder Test): eine Liste von {"type": flip, rotation, crop, color oder noise, und seine Parameter}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="247" />
      <source>Random resized crop: each image keeps a random part of at least this fraction of its area, stretched back to full size.</source>
      <translation>Zufälliger Ausschnitt mit Skalierung: Jedes Bild behält einen zufälligen Teil, der mindestens diesen Anteil seiner Fläche umfasst, wieder auf volle Größe gestreckt.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="81" />
      <source>Rearranges each sample into a new shape with the same number of values, e.g. [784] into [1, 28, 28] so that convolutions can see it as an image. One size may be -1 (inferred).</source>
      <translation>Ordnet jedes Beispiel in eine neue Form mit derselben Anzahl von Werten um, z. B. [784] in [1, 28, 28], damit Faltungen es als Bild sehen können. Eine Größe darf -1 sein (wird berechnet).</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="19" />
      <source>Recurrent</source>
      <translation>Rekurrent</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="86" />
      <source>Redo</source>
      <translation>Wiederholen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="183" />
      <source>Redo {command}</source>
      <translation>{command} wiederholen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect_row.py" line="49" />
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="68" />
      <source>Remove one of the current layer's connections</source>
      <translation>Eine der Verbindungen der aktuellen Schicht entfernen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect_row.py" line="50" />
      <source>Remove this class and its pictures</source>
      <translation>Diese Klasse und ihre Bilder entfernen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="75" />
      <source>Rescales the values of each sample (over its last dimension) to mean 0 and variance 1, then learns a scale and shift. Unlike BatchNorm it does not depend on the batch; used in transformers and recurrent networks.</source>
      <translation>Skaliert die Werte jedes Beispiels (über seine letzte Dimension) auf Mittelwert 0 und Varianz 1 und lernt dann eine Skalierung und Verschiebung. Anders als BatchNorm hängt es nicht vom Stapel ab; wird in Transformern und rekurrenten Netzen verwendet.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="122" />
      <source>Reset weights</source>
      <translation>Gewichte zurücksetzen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="19" />
      <source>Reshape</source>
      <translation>Umformen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="32" />
      <source>Reshape allows at most one -1 in its shape.</source>
      <translation>Reshape erlaubt höchstens eine -1 in seiner Form.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="36" />
      <source>Reshape cannot fit {numel} values ({shape}) into {shape2}.</source>
      <translation>Reshape kann {numel} Werte ({shape}) nicht in {shape2} unterbringen.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="40" />
      <source>Reshape needs the same number of values: {shape} holds {numel}, {shape2} holds {numel2}.</source>
      <translation>Reshape braucht dieselbe Anzahl von Werten: {shape} enthält {numel}, {shape2} enthält {numel2}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="158" />
      <source>Restore weights</source>
      <translation>Gewichte wiederherstellen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="285" />
      <source>Restore your work?</source>
      <translation>Ihre Arbeit wiederherstellen?</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="192" />
      <source>Restored the design autosaved before netbuilder was closed</source>
      <translation>Der vor dem Schließen von netbuilder automatisch gespeicherte Entwurf wurde wiederhergestellt</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/autosave.py" line="195" />
      <source>Restored the design without all it had</source>
      <translation>Der Entwurf wurde nicht vollständig wiederhergestellt</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="99" />
      <source>Restored the weights {label} ended with (epoch {epoch}).</source>
      <translation>Die Gewichte, mit denen {label} endete, wurden wiederhergestellt (Epoche {epoch}).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="309" />
      <source>Resume</source>
      <translation>Fortsetzen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="186" />
      <source>Rewind</source>
      <translation>Zurückspulen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="177" />
      <source>Rewind: drag to see the network as it was earlier in its runs (every panel follows); Train goes on from there as a new run</source>
      <translation>Zurückspulen: Ziehen Sie, um das Netz so zu sehen, wie es früher in seinen Läufen war (jeder Bereich folgt); „Trainieren“ macht von dort als neuer Lauf weiter</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="50" />
      <source>Rewind: epoch {x:.10g} (snapshot {i} of {n}; {recorded}). Train goes on from here as a new run.</source>
      <translation>Zurückspulen: Epoche {x:.10g} (Momentaufnahme {i} von {n}; {recorded}). „Trainieren“ macht von hier als neuer Lauf weiter.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="181" />
      <source>Rewind: nothing recorded yet</source>
      <translation>Zurückspulen: noch nichts aufgezeichnet</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="40" />
      <source>Rewind: the network as it was after an earlier epoch of the run</source>
      <translation>Zurückspulen: das Netz, wie es nach einer früheren Epoche des Laufs war</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="49" />
      <source>Rewind: the present, epoch {x:.10g} (snapshot {i} of {n}; {recorded})</source>
      <translation>Zurückspulen: die Gegenwart, Epoche {x:.10g} (Momentaufnahme {i} von {n}; {recorded})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="21" />
      <source>Rewind: {recorded}</source>
      <translation>Zurückspulen: {recorded}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/presentation.py" line="102" />
      <source>Right arrow</source>
      <translation>Pfeil rechts</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="205" />
      <source>Rows and columns trimmed from each side of the output</source>
      <translation>Zeilen und Spalten, die an jeder Seite der Ausgabe abgeschnitten werden</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="49" />
      <source>Rows are the true classes, columns the predicted ones; arrow keys choose a cell</source>
      <translation>Zeilen sind die wahren Klassen, Spalten die vorhergesagten; die Pfeiltasten wählen eine Zelle</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="133" />
      <source>Rows: the true class; columns: the class predicted. Darker: more of the row.</source>
      <translation>Zeilen: die wahre Klasse; Spalten: die vorhergesagte Klasse. Dunkler: mehr von der Zeile.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="31" />
      <source>Run</source>
      <translation>Lauf</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="334" />
      <source>Run {ended} before its first batch.</source>
      <translation>Lauf vor seinem ersten Stapel {ended}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="160" />
      <source>Run {number}</source>
      <translation>Lauf {number}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="107" />
      <source>Runs</source>
      <translation>Läufe</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="42" />
      <source>Runs of this session</source>
      <translation>Läufe dieser Sitzung</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="60" />
      <source>S&amp;weep…</source>
      <translation>Sw&amp;eep…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="20" />
      <source>Saliency</source>
      <translation>Salienz</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="50" />
      <source>Sample to look at</source>
      <translation>Anzuzeigendes Beispiel</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="96" />
      <source>Samples</source>
      <translation>Beispiele</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="47" />
      <source>Save &amp;As…</source>
      <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="63" />
      <source>Save &amp;Checkpoint…</source>
      <translation>&amp;Checkpoint speichern…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="63" />
      <source>Save &amp;Lesson with Weights…</source>
      <translation>&amp;Lektion mit Gewichten speichern…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="96" />
      <source>Save My &amp;Work…</source>
      <translation>Meine &amp;Arbeit speichern…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="168" />
      <source>Save My Work</source>
      <translation>Meine Arbeit speichern</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="28" />
      <source>Save checkpoint</source>
      <translation>Checkpoint speichern</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="124" />
      <source>Save checkpoint…</source>
      <translation>Checkpoint speichern…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="389" />
      <source>Save design</source>
      <translation>Entwurf speichern</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="179" />
      <source>Save my work</source>
      <translation>Meine Arbeit speichern</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="291" />
      <source>Save the changes to {title} first?</source>
      <translation>Die Änderungen an {title} zuerst speichern?</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="64" />
      <source>Save the design, weights, settings and curves</source>
      <translation>Entwurf, Gewichte, Einstellungen und Kurven speichern</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="124" />
      <source>Save the design, weights, settings and curves to a file</source>
      <translation>Entwurf, Gewichte, Einstellungen und Kurven in einer Datei speichern</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lessons.py" line="74" />
      <source>Save the lesson with its weights</source>
      <translation>Die Lektion mit ihren Gewichten speichern</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="131" />
      <source>Saved the checkpoint {path}</source>
      <translation>Checkpoint {path} gespeichert</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="189" />
      <source>Saved your work to {path}</source>
      <translation>Ihre Arbeit wurde in {path} gespeichert</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="111" />
      <source>Saved {path}</source>
      <translation>{path} gespeichert</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="31" />
      <source>Score</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="123" />
      <source>Score the current weights on the test split</source>
      <translation>Die aktuellen Gewichte auf den Testdaten bewerten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="47" />
      <source>Scores of each class</source>
      <translation>Kennzahlen jeder Klasse</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="348" />
      <source>Scoring the test split…</source>
      <translation>Testdaten werden bewertet…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="100" />
      <source>Search</source>
      <translation>Suche</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/palette.py" line="80" />
      <source>Search layers</source>
      <translation>Schichten suchen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="96" />
      <source>Seed</source>
      <translation>Seed</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="54" />
      <source>Select &amp;All</source>
      <translation>Alles auswä&amp;hlen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="110" />
      <source>Select a layer first: Tab moves from layer to layer on the canvas</source>
      <translation>Wählen Sie zuerst eine Schicht aus: Tab wechselt auf der Arbeitsfläche von Schicht zu Schicht</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="54" />
      <source>Select a layer on the canvas to see its weights.</source>
      <translation>Wählen Sie eine Schicht auf der Arbeitsfläche aus, um ihre Gewichte zu sehen.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="66" />
      <source>Self-attention: each position of the sequence builds its output as a weighted mix of all positions, with weights it learns to choose, in several independent heads. The core of transformers; add positional information if order matters.</source>
      <translation>Self-Attention: Jede Position der Folge bildet ihre Ausgabe als gewichtete Mischung aller Positionen, mit Gewichten, die sie zu wählen lernt, in mehreren unabhängigen Köpfen. Der Kern von Transformern; fügen Sie Positionsinformationen hinzu, wenn die Reihenfolge wichtig ist.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/autosave.py" line="161" />
      <source>Set aside a damaged recovery file: {reason}</source>
      <translation>Eine beschädigte Wiederherstellungsdatei wurde beiseitegelegt: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="179" />
      <source>Set design {key}</source>
      <translation>Entwurf: {key} setzen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="104" />
      <source>Set the design's learning rate to the suggestion (Undo puts the old one back)</source>
      <translation>Die Lernrate des Entwurfs auf den Vorschlag setzen (Rückgängig stellt die alte wieder her)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="165" />
      <source>Set {key}</source>
      <translation>{key} setzen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/commands.py" line="98" />
      <source>Set {node}.{parameter}</source>
      <translation>{node}.{parameter} setzen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/commands.py" line="137" />
      <source>Set {setting}</source>
      <translation>{setting} setzen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="31" />
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="34" />
      <source>Settings of the selected layer</source>
      <translation>Einstellungen der ausgewählten Schicht</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="60" />
      <source>Settings to sweep</source>
      <translation>Einstellungen für den Sweep</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/io.py" line="17" />
      <source>Shape of one sample, without the batch dimension</source>
      <translation>Form eines Beispiels, ohne die Stapeldimension</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="93" />
      <source>Show the filters averaged over their input channels, or for one input channel</source>
      <translation>Die Filter gemittelt über ihre Eingabekanäle oder für einen einzelnen Eingabekanal zeigen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="49" />
      <source>Show the loss on a logarithmic scale: small losses stay visible</source>
      <translation>Den Verlust auf einer logarithmischen Skala zeigen: Kleine Verluste bleiben sichtbar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="130" />
      <source>Show:</source>
      <translation>Anzeigen:</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/recurrent.py" line="73" />
      <source>Size of the memory (hidden state) carried from step to step</source>
      <translation>Größe des Gedächtnisses (verborgener Zustand), das von Schritt zu Schritt weitergegeben wird</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="91" />
      <source>Sizes it is split into</source>
      <translation>Größen, in die sie aufgeteilt wird</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="81" />
      <source>Skipped {n} file that could not be read:
{files}</source>
      <translation>{n} Datei übersprungen, die nicht gelesen werden konnte:
{files}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="83" />
      <source>Skipped {n} files that could not be read:
{files}</source>
      <translation>{n} Dateien übersprungen, die nicht gelesen werden konnten:
{files}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="193" />
      <source>Slides small filters (e.g. 3x3) over an image; each filter learns one local pattern such as an edge or a texture and produces one feature map. The core of image networks (CNNs).</source>
      <translation>Lässt kleine Filter (z. B. 3x3) über ein Bild gleiten; jeder Filter lernt ein lokales Muster wie eine Kante oder eine Textur und erzeugt eine Merkmalskarte. Der Kern von Bildnetzen (CNNs).</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="188" />
      <source>Slides small filters along a sequence of shape [channels, length]; each filter learns to spot one local pattern (a rise, a spike, a motif) wherever it occurs. Use it for signals, audio or text.</source>
      <translation>Lässt kleine Filter entlang einer Folge der Form [Kanäle, Länge] gleiten; jeder Filter lernt, ein lokales Muster (einen Anstieg, eine Spitze, ein Motiv) zu erkennen, wo immer es vorkommt. Verwenden Sie es für Signale, Audio oder Text.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/activation.py" line="38" />
      <source>Slope for negative inputs</source>
      <translation>Steigung für negative Eingaben</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="99" />
      <source>Slow motion</source>
      <translation>Zeitlupe</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="77" />
      <source>Slow motion: a pause after each batch, so that a class can watch a small network learn (about 250 ms is a good pace). Applies at once, also during a run.</source>
      <translation>Zeitlupe: eine Pause nach jedem Stapel, damit eine Schulklasse einem kleinen Netz beim Lernen zusehen kann (etwa 250 ms sind ein gutes Tempo). Wirkt sofort, auch während eines Laufs.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="125" />
      <source>Small colour photos in 10 classes, 3x32x32, 50000 train / 10000 test.</source>
      <translation>Kleine Farbfotos in 10 Klassen, 3x32x32, 50000 Training / 10000 Test.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="13" />
      <source>Small number added to the variance so it never divides by zero</source>
      <translation>Kleine Zahl, die zur Varianz addiert wird, damit nie durch null geteilt wird</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="43" />
      <source>Smoothing of the loss curve</source>
      <translation>Glättung der Verlustkurve</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/presentation.py" line="101" />
      <source>Space</source>
      <translation>Leertaste</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="114" />
      <source>Spacing between filter taps; more than 1 widens the view cheaply</source>
      <translation>Abstand zwischen den Filterpunkten; mehr als 1 erweitert das Blickfeld günstig</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="89" />
      <source>Splits one dimension into several, e.g. [784] into [1, 28, 28]. The opposite of Flatten.</source>
      <translation>Teilt eine Dimension in mehrere auf, z. B. [784] in [1, 28, 28]. Das Gegenteil von Flatten.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="53" />
      <source>St&amp;ep One Batch</source>
      <translation>Ein&amp;zelschritt (ein Stapel)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="106" />
      <source>Start</source>
      <translation>Starten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="39" />
      <source>Start an empty design</source>
      <translation>Einen leeren Entwurf beginnen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/gallery.py" line="145" />
      <source>Start from a ready-made network. Each one trains as it is; change it and see what happens. The lessons, after the examples, walk through one idea step by step.</source>
      <translation>Beginnen Sie mit einem fertigen Netz. Jedes lässt sich so trainieren, wie es ist; ändern Sie es und sehen Sie, was passiert. Die Lektionen nach den Beispielen führen Schritt für Schritt durch je eine Idee.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="170" />
      <source>Starting point of the random numbers: the same seed gives the same run.</source>
      <translation>Startpunkt der Zufallszahlen: Derselbe Seed ergibt denselben Lauf.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="31" />
      <source>State</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="121" />
      <source>Step</source>
      <translation>Schritt</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="111" />
      <source>Step between filter positions; 2 halves the size</source>
      <translation>Schritt zwischen Filterpositionen; 2 halbiert die Größe</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pool.py" line="59" />
      <source>Step between windows; empty means the same as kernel_size</source>
      <translation>Schritt zwischen Fenstern; leer bedeutet dasselbe wie kernel_size</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="357" />
      <source>Step {n} of {total}</source>
      <translation>Schritt {n} von {total}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="122" />
      <source>Still writing the last file: try again once it is saved</source>
      <translation>Die letzte Datei wird noch geschrieben: Versuchen Sie es erneut, sobald sie gespeichert ist</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="120" />
      <source>Stop</source>
      <translation>Stopp</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="95" />
      <source>Stop trials that fall behind</source>
      <translation>Zurückfallende Versuche abbrechen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/session.py" line="156" />
      <source>Stopped before training began.</source>
      <translation>Vor Beginn des Trainings gestoppt.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="220" />
      <source>Stopped by you{where}. {kept} Press Train to go on from them or Reset weights to start over.{scores}</source>
      <translation>Von Ihnen gestoppt{where}. {kept} Drücken Sie „Trainieren“, um mit ihnen weiterzumachen, oder „Gewichte zurücksetzen“, um neu zu beginnen.{scores}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="292" />
      <source>Stopping after the batch going on…</source>
      <translation>Stoppt nach dem laufenden Stapel…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="148" />
      <source>Suggested learning rate for {optimizer}: {rate}</source>
      <translation>Vorgeschlagene Lernrate für {optimizer}: {rate}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="149" />
      <source>Suggested learning rate: {rate}</source>
      <translation>Vorgeschlagene Lernrate: {rate}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="74" />
      <source>Summary</source>
      <translation>Übersicht</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="36" />
      <source>Summary of the layers</source>
      <translation>Übersicht der Schichten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="332" />
      <source>Sweep done: 1 trial ended.</source>
      <translation>Sweep fertig: 1 Versuch beendet.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="331" />
      <source>Sweep done: 1 trial; compare them in the Runs view.</source>
      <translation>Sweep fertig: 1 Versuch; vergleichen Sie in der Ansicht „Läufe“.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="335" />
      <source>Sweep done: {n} trials ended.</source>
      <translation>Sweep fertig: {n} Versuche beendet.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="334" />
      <source>Sweep done: {n} trials; compare them in the Runs view.</source>
      <translation>Sweep fertig: {n} Versuche; vergleichen Sie sie in der Ansicht „Läufe“.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="51" />
      <source>Sweep settings</source>
      <translation>Sweep-Einstellungen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="212" />
      <source>Sweeping {names}: each trial that trains joins the Runs view.</source>
      <translation>Sweep über {names}: Jeder Versuch, der trainiert, erscheint in der Ansicht „Läufe“.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="302" />
      <source>Sweeping: {trials} trials, each one that trains joins the Runs view (Training &gt; Sweep… lists them).</source>
      <translation>Sweep: {trials} Versuche; jeder, der trainiert, erscheint in der Ansicht „Läufe“ (Training &gt; Sweep… listet sie auf).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="265" />
      <source>Swept {names}: the trials that trained are in the Runs view.</source>
      <translation>Sweep über {names} beendet: Die Versuche, die trainiert haben, stehen in der Ansicht „Läufe“.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/language.py" line="53" />
      <source>System ({language})</source>
      <translation>System ({language})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="93" />
      <source>TPE (Optuna's default) tries more where the good trials were; random draws each trial's settings on its own</source>
      <translation>TPE (Standard von Optuna) probiert mehr dort aus, wo die guten Versuche lagen; Zufällig zieht die Einstellungen jedes Versuchs unabhängig</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="29" />
      <source>TPE (learns from the trials so far)</source>
      <translation>TPE (lernt aus den bisherigen Versuchen)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="57" />
      <source>Table of the runs</source>
      <translation>Tabelle der Läufe</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="44" />
      <source>Take pictures of each class with a camera (or add files): an image folder the design trains on</source>
      <translation>Bilder jeder Klasse mit einer Kamera aufnehmen (oder Dateien hinzufügen): ein Bildordner, mit dem der Entwurf trainiert</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="84" />
      <source>Take the selected pictures out (or press Delete in a class's pictures)</source>
      <translation>Die ausgewählten Bilder entfernen (oder Delete in den Bildern einer Klasse drücken)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/tensorboard.py" line="100" />
      <source>TensorBoard logs: cannot write in {run_dir} ({strerror}); choose another folder</source>
      <translation>TensorBoard-Logs: Schreiben in {run_dir} nicht möglich ({strerror}); wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="91" />
      <source>Test sample</source>
      <translation>Testbeispiel</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="264" />
      <source>Test sample {index}</source>
      <translation>Testbeispiel {index}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="179" />
      <source>Test split: {scores}</source>
      <translation>Testdaten: {scores}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="108" />
      <source>The 4 XOR points (2 classes); validation and test are the same 4 points.</source>
      <translation>Die 4 XOR-Punkte (2 Klassen); Validierung und Test sind dieselben 4 Punkte.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/common/camera.py" line="107" />
      <source>The camera stopped ({reason}): start it again, or choose another.</source>
      <translation>Die Kamera wurde gestoppt ({reason}): Starten Sie sie erneut oder wählen Sie eine andere.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="53" />
      <source>The class the network predicts at each point of the plane, with the data's points</source>
      <translation>Die Klasse, die das Netz an jedem Punkt der Ebene vorhersagt, mit den Punkten der Daten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="128" />
      <source>The class the network predicts over the plane of its two inputs (paler where it is unsure), with the training points: one shape per class.</source>
      <translation>Die Klasse, die das Netz über die Ebene seiner beiden Eingaben vorhersagt (blasser, wo es unsicher ist), mit den Trainingspunkten: eine Form pro Klasse.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="64" />
      <source>The class whose score is explained: the one the network predicts, or another (why not this one?)</source>
      <translation>Die Klasse, deren Wert erklärt wird: die, die das Netz vorhersagt, oder eine andere (warum nicht diese?)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect_row.py" line="47" />
      <source>The class's name (its folder's name): edit it to rename the class</source>
      <translation>Der Name der Klasse (der Name ihres Ordners): Bearbeiten Sie ihn, um die Klasse umzubenennen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/colour_palette.py" line="25" />
      <source>The colours of classes, curves, runs and maps; Okabe-Ito stays apart for colour-blind eyes</source>
      <translation>Die Farben von Klassen, Kurven, Läufen und Karten; Okabe-Ito bleibt auch für farbenblinde Augen unterscheidbar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="143" />
      <source>The connection to remove:</source>
      <translation>Die zu entfernende Verbindung:</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="59" />
      <source>The convolution whose feature maps Grad-CAM looks at (the last one sees the most of the image at once)</source>
      <translation>Die Faltung, deren Merkmalskarten Grad-CAM betrachtet (die letzte sieht am meisten vom Bild auf einmal)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="169" />
      <source>The dataset '{name}'</source>
      <translation>Der Datensatz '{name}'</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/run_settings.py" line="77" />
      <source>The design already has the settings of {run}.</source>
      <translation>Der Entwurf hat bereits die Einstellungen von {run}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="72" />
      <source>The design as a standalone PyTorch script that trains it (as `netbuilder export` writes)</source>
      <translation>Der Entwurf als eigenständiges PyTorch-Skript, das ihn trainiert (wie es `netbuilder export` schreibt)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="48" />
      <source>The design has no Input layer. Add one and connect it to the first layer.</source>
      <translation>Der Entwurf hat keine Input-Schicht. Fügen Sie eine hinzu und verbinden Sie sie mit der ersten Schicht.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="83" />
      <source>The design is complete: every layer is connected and every shape fits.</source>
      <translation>Der Entwurf ist vollständig: Jede Schicht ist verbunden und jede Form passt.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="31" />
      <source>The design is empty. Drag an Input layer onto the canvas to start.</source>
      <translation>Der Entwurf ist leer. Ziehen Sie eine Input-Schicht auf die Arbeitsfläche, um zu beginnen.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/run_settings.py" line="83" />
      <source>The design now has the training settings of {run} (Edit &gt; Undo puts them back).</source>
      <translation>Der Entwurf hat jetzt die Trainingseinstellungen von {run} (Bearbeiten &gt; Rückgängig stellt die vorigen wieder her).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/run_settings.py" line="81" />
      <source>The design now has the training settings of {run} and the parameters of {layers} (Edit &gt; Undo puts them back).</source>
      <translation>Der Entwurf hat jetzt die Trainingseinstellungen von {run} und die Parameter von {layers} (Bearbeiten &gt; Rückgängig stellt die vorigen wieder her).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="31" />
      <source>The design's name, shown in the title bar and the exported code.</source>
      <translation>Der Name des Entwurfs, angezeigt in der Titelleiste und im exportierten Code.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="70" />
      <source>The inspector on the current layer, its first field focused</source>
      <translation>Der Inspektor für die aktuelle Schicht, mit dem Fokus auf seinem ersten Feld</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="204" />
      <source>The last convolution: {node}</source>
      <translation>Die letzte Faltung: {node}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="127" />
      <source>The layer that {node}'s output goes into:</source>
      <translation>Die Schicht, in die die Ausgabe von {node} geht:</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="28" />
      <source>The layers and their connections. Tab, Home, End and the arrow keys move from layer to layer; Enter or F2 edits one; Ctrl+K connects it, Ctrl+Shift+K disconnects; Shift+arrows move it; Delete removes it.</source>
      <translation>Die Schichten und ihre Verbindungen. Tab, Home, End und die Pfeiltasten wechseln von Schicht zu Schicht; Enter oder F2 bearbeitet eine; Ctrl+K verbindet sie, Ctrl+Shift+K trennt; Shift+Pfeiltasten verschieben sie; Delete entfernt sie.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="266" />
      <source>The learning rate ({lr:g}) is probably too high</source>
      <translation>Die Lernrate ({lr:g}) ist wahrscheinlich zu hoch</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="269" />
      <source>The learning rate ({lr:g}) is probably too high, or the inputs are not normalised (values up to {top:.4g} here)</source>
      <translation>Die Lernrate ({lr:g}) ist wahrscheinlich zu hoch, oder die Eingaben sind nicht normalisiert (hier Werte bis {top:.4g})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="191" />
      <source>The least change that counts as progress.</source>
      <translation>Die kleinste Änderung, die als Fortschritt zählt.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="80" />
      <source>The lesson's next step</source>
      <translation>Der nächste Schritt der Lektion</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="82" />
      <source>The lesson's previous step</source>
      <translation>Der vorherige Schritt der Lektion</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="246" />
      <source>The loss became {what} at epoch {epoch}, batch {batch}</source>
      <translation>Der Verlust wurde in Epoche {epoch}, Stapel {batch} {what}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="179" />
      <source>The loss is jumping: it {what} over the last {batches:,} batches. The learning rate ({lr:g}) may be too high: try 10 times lower.</source>
      <translation>Der Verlust springt: Er {what} über die letzten {batches:,} Stapel. Die Lernrate ({lr:g}) ist vielleicht zu hoch: Versuchen Sie es mit einer 10-mal niedrigeren.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="176" />
      <source>The loss is jumping: it {what} over the last {batches:,} batches. The learning rate may be too high: try 10 times lower.</source>
      <translation>Der Verlust springt: Er {what} über die letzten {batches:,} Stapel. Die Lernrate ist vielleicht zu hoch: Versuchen Sie es mit einer 10-mal niedrigeren.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="190" />
      <source>The loss is not going down: {start:.3g} over the first {batches:,} batches, {recent:.3g} over the last {batches:,} ({drop:.1%} lower). The learning rate ({lr:g}) may be too low: try 10 times higher, or check that the labels fit the loss.</source>
      <translation>Der Verlust sinkt nicht: {start:.3g} über die ersten {batches:,} Stapel, {recent:.3g} über die letzten {batches:,} ({drop:.1%} niedriger). Die Lernrate ({lr:g}) ist vielleicht zu niedrig: Versuchen Sie es mit einer 10-mal höheren, oder prüfen Sie, ob die Labels zum Verlust passen.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="186" />
      <source>The loss is not going down: {start:.3g} over the first {batches:,} batches, {recent:.3g} over the last {batches:,} ({drop:.1%} lower). The learning rate may be too low: try 10 times higher, or check that the labels fit the loss.</source>
      <translation>Der Verlust sinkt nicht: {start:.3g} über die ersten {batches:,} Stapel, {recent:.3g} über die letzten {batches:,} ({drop:.1%} niedriger). Die Lernrate ist vielleicht zu niedrig: Versuchen Sie es mit einer 10-mal höheren, oder prüfen Sie, ob die Labels zum Verlust passen.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="189" />
      <source>The metric that must improve.</source>
      <translation>Die Metrik, die sich verbessern muss.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="69" />
      <source>The network</source>
      <translation>Das Netz</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="68" />
      <source>The network as a picture at twice the screen's resolution</source>
      <translation>Das Netz als Bild in doppelter Bildschirmauflösung</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="66" />
      <source>The network as a vector picture, for slides and handouts</source>
      <translation>Das Netz als Vektorgrafik, für Folien und Handouts</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="283" />
      <source>The network changed since the last run, so this run starts from new weights. </source>
      <translation>Das Netz hat sich seit dem letzten Lauf geändert, daher beginnt dieser Lauf mit neuen Gewichten. </translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="84" />
      <source>The network has {n} outputs ({outputs}); it must have exactly one. Connect the dangling ones onward or delete them.</source>
      <translation>Das Netz hat {n} Ausgaben ({outputs}); es muss genau eine haben. Verbinden Sie die offenen weiter oder löschen Sie sie.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="64" />
      <source>The open lesson and the trained weights as one file, for a school machine offline</source>
      <translation>Die geöffnete Lektion und die trainierten Gewichte als eine Datei, für einen Schulrechner ohne Internet</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="47" />
      <source>The output '{output_id}' gives {width} value(s) but {dataset_name} has {classes} classes; cross_entropy needs one value per class: set the last Linear's out_features to {classes}.{hint}</source>
      <translation>Die Ausgabe '{output_id}' liefert {width} Wert(e), aber {dataset_name} hat {classes} Klassen; cross_entropy braucht einen Wert pro Klasse: Setzen Sie out_features der letzten Linear-Schicht auf {classes}.{hint}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="57" />
      <source>The output '{output_id}' gives {width} value(s) but {dataset_name} has {classes} classes; {loss} needs one output for two classes or one output per class: set the last Linear's out_features to {classes}{either}.</source>
      <translation>Die Ausgabe '{output_id}' liefert {width} Wert(e), aber {dataset_name} hat {classes} Klassen; {loss} braucht eine Ausgabe für zwei Klassen oder eine Ausgabe pro Klasse: Setzen Sie out_features der letzten Linear-Schicht auf {classes}{either}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="41" />
      <source>The output '{output_id}' has shape {shape}, but a classifier needs one value per class ({shape2}). Add a Flatten and a Linear with out_features={classes} at the end.</source>
      <translation>Die Ausgabe '{output_id}' hat die Form {shape}, aber ein Klassifikator braucht einen Wert pro Klasse ({shape2}). Fügen Sie am Ende ein Flatten und ein Linear mit out_features={classes} hinzu.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="77" />
      <source>The run</source>
      <translation>Der Lauf</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="40" />
      <source>The run cannot stop yet</source>
      <translation>Der Lauf kann noch nicht stoppen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="188" />
      <source>The sweep failed</source>
      <translation>Der Sweep ist fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="286" />
      <source>The sweep failed: {reason}</source>
      <translation>Der Sweep ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="33" />
      <source>The test stopped where the loss blew up.</source>
      <translation>Der Test stoppte dort, wo der Verlust explodierte.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="150" />
      <source>The test trained with {optimizer}: the rate is for {optimizer}; another optimizer needs a test of its own.</source>
      <translation>Der Test hat mit {optimizer} trainiert: Die Rate gilt für {optimizer}; ein anderer Optimierer braucht einen eigenen Test.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="35" />
      <source>The test was stopped before its end.</source>
      <translation>Der Test wurde vor seinem Ende gestoppt.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="70" />
      <source>The trained network for onnxruntime and other ONNX runtimes (needs netbuilder[onnx])</source>
      <translation>Das trainierte Netz für onnxruntime und andere ONNX-Laufzeitumgebungen (benötigt netbuilder[onnx])</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="219" />
      <source>The weights are those of the last batch trained.</source>
      <translation>Die Gewichte sind die des zuletzt trainierten Stapels.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="255" />
      <source>The weights became {what} during epoch {epoch} (every batch's loss was finite)</source>
      <translation>Die Gewichte wurden während Epoche {epoch} {what} (der Verlust jedes Stapels war endlich)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="260" />
      <source>The {source} became {what} with the weights {when}</source>
      <translation>Der {source} wurde mit den Gewichten {when} {what}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="329" />
      <source>These runs have the same settings: change one (or run a sweep) to compare.</source>
      <translation>Diese Läufe haben dieselben Einstellungen: Ändern Sie eine (oder starten Sie einen Sweep), um zu vergleichen.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="92" />
      <source>This lesson locks {what}.</source>
      <translation>Diese Lektion sperrt Folgendes: {what}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="91" />
      <source>This lesson locks {what}; you may change {free}.</source>
      <translation>Diese Lektion sperrt Folgendes: {what}; weiterhin änderbar: {free}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="214" />
      <source>This step could not be done: {reason}</source>
      <translation>Dieser Schritt konnte nicht ausgeführt werden: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="67" />
      <source>This {type} has no input. Connect a layer's output to it.</source>
      <translation>Diese {type}-Schicht hat keine Eingabe. Verbinden Sie die Ausgabe einer Schicht damit.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="60" />
      <source>This {type} is not connected. Connect it, or delete it.</source>
      <translation>Diese {type}-Schicht ist nicht verbunden. Verbinden oder löschen Sie sie.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="331" />
      <source>Too few runs with a final metric to tell which setting mattered.</source>
      <translation>Zu wenige Läufe mit einem abschließenden Wert der Metrik, um zu sagen, welche Einstellung zählte.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="185" />
      <source>Total parameters</source>
      <translation>Parameter insgesamt</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="118" />
      <source>Train</source>
      <translation>Trainieren</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="115" />
      <source>Train a few runs, then select several here (Ctrl-click) to compare them.</source>
      <translation>Trainieren Sie einige Läufe und wählen Sie dann hier mehrere aus (Ctrl-Klick), um sie zu vergleichen.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/preview.py" line="26" />
      <source>Train a network with 1 or 2 inputs ({datasets}) to see what it predicts over the plane.</source>
      <translation>Trainieren Sie ein Netz mit 1 oder 2 Eingaben ({datasets}), um zu sehen, was es über die Ebene vorhersagt.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="25" />
      <source>Train a network, then click a sample in the confusion matrix's gallery, or press Explain in Try it or in the activations panel, to see what the network looked at.</source>
      <translation>Trainieren Sie ein Netz und klicken Sie dann auf ein Beispiel in der Galerie der Konfusionsmatrix oder drücken Sie „Erklären“ in „Ausprobieren“ oder im Bereich „Aktivierungen“, um zu sehen, was das Netz betrachtet hat.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="42" />
      <source>Train a network, then pick a sample here to see what every layer makes of it.</source>
      <translation>Trainieren Sie ein Netz und wählen Sie dann hier ein Beispiel, um zu sehen, was jede Schicht daraus macht.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="196" />
      <source>Train a network, then try it on an input of your own here.</source>
      <translation>Trainieren Sie ein Netz und probieren Sie es dann hier mit einer eigenen Eingabe aus.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="58" />
      <source>Train about a hundred batches at growing rates on a copy of the weights; plot the loss, suggest one</source>
      <translation>Etwa hundert Stapel mit wachsenden Raten auf einer Kopie der Gewichte trainieren; den Verlust darstellen, eine Rate vorschlagen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="121" />
      <source>Train exactly one batch, then pause: watch a single update</source>
      <translation>Genau einen Stapel trainieren, dann pausieren: eine einzelne Aktualisierung beobachten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="118" />
      <source>Train for the epochs set above, from the current weights</source>
      <translation>Die oben eingestellten Epochen trainieren, ab den aktuellen Gewichten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="51" />
      <source>Train from the current weights</source>
      <translation>Ab den aktuellen Gewichten trainieren</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="143" />
      <source>Train on only the first N training samples (empty or 0: all of them). Quick runs and overfitting demonstrations.</source>
      <translation>Nur mit den ersten N Trainingsbeispielen trainieren (leer oder 0: alle). Für schnelle Läufe und Vorführungen von Überanpassung.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="61" />
      <source>Train the design with several settings picked from ranges (Optuna); compare them in the Runs view</source>
      <translation>Den Entwurf mit mehreren Einstellungen aus Bereichen trainieren (Optuna); in der Ansicht „Läufe“ vergleichen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/followers.py" line="339" />
      <source>Train the network first: its weights appear here after the first batch.</source>
      <translation>Trainieren Sie zuerst das Netz: Seine Gewichte erscheinen hier nach dem ersten Stapel.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/followers_explain.py" line="109" />
      <source>Train the network first: then it can show what it looked at.</source>
      <translation>Trainieren Sie zuerst das Netz: Dann kann es zeigen, was es betrachtet hat.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/live_camera.py" line="14" />
      <source>Train the network first: then the camera's frames go through it.</source>
      <translation>Trainieren Sie zuerst das Netz: Dann laufen die Bilder der Kamera hindurch.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="327" />
      <source>Train two runs or more (or a sweep) to see which setting mattered.</source>
      <translation>Trainieren Sie zwei oder mehr Läufe (oder einen Sweep), um zu sehen, welche Einstellung zählte.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="184" />
      <source>Trainable parameters</source>
      <translation>Trainierbare Parameter</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="69" />
      <source>Trained model as &amp;ONNX…</source>
      <translation>Trainiertes Modell als &amp;ONNX…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="78" />
      <source>Training</source>
      <translation>Training</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="44" />
      <source>Training and validation accuracy after each epoch</source>
      <translation>Trainings- und Validierungsgenauigkeit nach jeder Epoche</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="45" />
      <source>Training and validation loss after each epoch</source>
      <translation>Trainings- und Validierungsverlust nach jeder Epoche</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="188" />
      <source>Training failed</source>
      <translation>Training fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/evaluation.py" line="117" />
      <source>Training failed {where} in node '{node_id}' ({kind}) with input shape {shapes}: {error}: {message}</source>
      <translation>Training {where} in Knoten '{node_id}' ({kind}) mit Eingabeform {shapes} fehlgeschlagen: {error}: {message}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/evaluation.py" line="120" />
      <source>Training failed {where}: {error}: {message}</source>
      <translation>Training {where} fehlgeschlagen: {error}: {message}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="21" />
      <source>Training is running</source>
      <translation>Training läuft</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/evaluation.py" line="102" />
      <source>Training ran out of memory {where} on {device} (batch size {batch_size}). Lower the batch size or make the layers smaller.</source>
      <translation>Dem Training ging {where} auf {device} der Speicher aus (Stapelgröße {batch_size}). Verringern Sie die Stapelgröße oder verkleinern Sie die Schichten.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="266" />
      <source>Training sample {index}</source>
      <translation>Trainingsbeispiel {index}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="74" />
      <source>Training settings</source>
      <translation>Trainingseinstellungen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="121" />
      <source>Training settings: {problem}</source>
      <translation>Trainingseinstellungen: {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="82" />
      <source>Training {where}…{logs}</source>
      <translation>Training {where}…{logs}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="99" />
      <source>Training: {message}</source>
      <translation>Training: {message}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="362" />
      <source>Training…</source>
      <translation>Training…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="31" />
      <source>Trial</source>
      <translation>Versuch</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="301" />
      <source>Trial 1 of {trials}: starting…</source>
      <translation>Versuch 1 von {trials}: wird gestartet…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="294" />
      <source>Trial {n} of {total} training…</source>
      <translation>Versuch {n} von {total} wird trainiert…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="151" />
      <source>Trial {trial} of {trials} · {progress}</source>
      <translation>Versuch {trial} von {trials} · {progress}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="100" />
      <source>Trials</source>
      <translation>Versuche</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="61" />
      <source>Trials of the sweep</source>
      <translation>Versuche des Sweeps</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_chart.py" line="325" />
      <source>True class</source>
      <translation>Wahre Klasse</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="100" />
      <source>Try it</source>
      <translation>Ausprobieren</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="239" />
      <source>Trying an input by hand needs a 28x28 image or at most {most} values; this network takes {size:,}. The activations panel shows its samples.</source>
      <translation>Eine Eingabe von Hand auszuprobieren braucht ein 28x28-Bild oder höchstens {most} Werte; dieses Netz nimmt {size:,}. Der Bereich „Aktivierungen“ zeigt seine Beispiele.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="72" />
      <source>Turns each sample into one long vector, e.g. a [1, 28, 28] image into [784] values. Put it between convolution/pooling layers and Linear layers.</source>
      <translation>Macht aus jedem Beispiel einen langen Vektor, z. B. aus einem Bild [1, 28, 28] einen aus [784] Werten. Setzen Sie es zwischen Faltungs-/Pooling-Schichten und Linear-Schichten.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="114" />
      <source>Two interleaving half circles (2-D, 2 classes), 1000 train / 500 test.</source>
      <translation>Zwei ineinandergreifende Halbkreise (2D, 2 Klassen), 1000 Training / 500 Test.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="24" />
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="72" />
      <source>Type a layer's name, then Enter adds it after the selected layer</source>
      <translation>Geben Sie den Namen einer Schicht ein; Enter fügt sie hinter der ausgewählten Schicht ein</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/palette.py" line="82" />
      <source>Type part of a layer's name or of what it does, e.g. 'conv' or 'probabilities'</source>
      <translation>Geben Sie einen Teil des Namens einer Schicht oder ihrer Aufgabe ein, z. B. 'conv' oder 'Wahrscheinlichkeit'</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="32" />
      <source>Type part of a layer's name; Enter adds the best match after the selected layer</source>
      <translation>Geben Sie einen Teil des Namens einer Schicht ein; Enter fügt den besten Treffer hinter der ausgewählten Schicht ein</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/answers.py" line="28" />
      <source>Type your answer to the question here: it is saved with your work</source>
      <translation>Geben Sie hier Ihre Antwort auf die Frage ein: Sie wird mit Ihrer Arbeit gespeichert</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="86" />
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="181" />
      <source>Undo {command}</source>
      <translation>{command} rückgängig machen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="59" />
      <source>Unflatten must split dimension {dim} of size {s} into sizes whose product is {s}; {shape} makes {numel}.</source>
      <translation>Unflatten muss Dimension {dim} der Größe {s} in Größen aufteilen, deren Produkt {s} ist; {shape} ergibt {numel}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="55" />
      <source>Unflatten's dim {dim} does not fit an input of shape {shape}; use 1..{n_s}.</source>
      <translation>dim {dim} von Unflatten passt nicht zu einer Eingabe der Form {shape}; verwenden Sie 1..{n_s}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="291" />
      <source>Unsaved changes</source>
      <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="368" />
      <source>Untitled</source>
      <translation>Unbenannt</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="62" />
      <source>Untitled design</source>
      <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="177" />
      <source>Upsample by {scale_factor:g} turns a size of {size} into nothing. Use a larger scale_factor.</source>
      <translation>Upsample mit {scale_factor:g} macht aus einer Größe von {size} nichts. Verwenden Sie einen größeren scale_factor.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="170" />
      <source>Upsample needs an input of shape [C, L] or [C, H, W]; it gets {shape}. Put it after a convolution or a Reshape.</source>
      <translation>Upsample braucht eine Eingabe der Form [C, L] oder [C, H, W]; es erhält {shape}. Setzen Sie es hinter eine Faltung oder ein Reshape.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="173" />
      <source>Upsample with mode bilinear needs an image [C, H, W]; it gets {shape}. Use mode nearest for a sequence [C, L].</source>
      <translation>Upsample mit mode bilinear braucht ein Bild [C, H, W]; es erhält {shape}. Verwenden Sie mode nearest für eine Folge [C, L].</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="204" />
      <source>Upsampling factor; 2 doubles height and width</source>
      <translation>Upsampling-Faktor; 2 verdoppelt Höhe und Breite</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="22" />
      <source>Use BatchNorm2d for images [C, H, W].</source>
      <translation>Verwenden Sie BatchNorm2d für Bilder [C, H, W].</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="318" />
      <source>Use collected images</source>
      <translation>Gesammelte Bilder verwenden</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="102" />
      <source>Use it</source>
      <translation>Verwenden</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="289" />
      <source>Use settings of the best run</source>
      <translation>Einstellungen des besten Laufs verwenden</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/run_settings.py" line="35" />
      <source>Use settings of {label}</source>
      <translation>Einstellungen von {label} verwenden</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="350" />
      <source>Use settings of {run}</source>
      <translation>Einstellungen von {run} verwenden</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="116" />
      <source>Use these images</source>
      <translation>Diese Bilder verwenden</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="209" />
      <source>Validation loss rose from {low:.3g} (epoch {low_epoch}) to {last:.3g} (epoch {last_epoch}) while the training loss fell: the network is memorising the training set. Try more data, Dropout, or early stopping.</source>
      <translation>Der Validierungsverlust stieg von {low:.3g} (Epoche {low_epoch}) auf {last:.3g} (Epoche {last_epoch}), während der Trainingsverlust fiel: Das Netz lernt den Trainingsdatensatz auswendig. Versuchen Sie mehr Daten, Dropout oder frühes Stoppen.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="265" />
      <source>Validation sample {index}</source>
      <translation>Validierungsbeispiel {index}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/activation.py" line="42" />
      <source>Value approached for very negative inputs</source>
      <translation>Wert, dem sich die Ausgabe bei sehr negativen Eingaben nähert</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pool.py" line="61" />
      <source>Values added on each side (at most half the kernel size)</source>
      <translation>Werte, die an jeder Seite hinzugefügt werden (höchstens die halbe Kernelgröße)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="54" />
      <source>Views of the runs</source>
      <translation>Ansichten der Läufe</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="70" />
      <source>Vocabulary size: token numbers run from 0 to this minus 1</source>
      <translation>Vokabulargröße: Die Token-Nummern reichen von 0 bis zu diesem Wert minus 1</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="17" />
      <source>Warning</source>
      <translation>Warnung</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="93" />
      <source>Weights</source>
      <translation>Gewichte</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="74" />
      <source>Weights reset: the next run starts from new weights.</source>
      <translation>Gewichte zurückgesetzt: Der nächste Lauf beginnt mit neuen Gewichten.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="39" />
      <source>Weights timeline</source>
      <translation>Zeitleiste der Gewichte</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="24" />
      <source>What each input value adds to the class's score, summed along the way from a black image (or zeros) to this input: red adds, blue takes away</source>
      <translation>Was jeder Eingabewert zum Wert der Klasse beiträgt, aufsummiert auf dem Weg von einem schwarzen Bild (oder Nullen) zu dieser Eingabe: Rot erhöht, Blau verringert</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="38" />
      <source>What stops the design from training; Enter on one selects its layer</source>
      <translation>Was das Training des Entwurfs verhindert; Enter auf einem Eintrag wählt seine Schicht aus</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="136" />
      <source>What the network learns from.</source>
      <translation>Woraus das Netz lernt.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="272" />
      <source>What the network looked at for this input</source>
      <translation>Was das Netz bei dieser Eingabe betrachtet hat</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="88" />
      <source>What the network looked at for this sample, in the Explain panel</source>
      <translation>Was das Netz bei diesem Beispiel betrachtet hat, im Bereich „Erklären“</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="271" />
      <source>What the network looked at in the last camera frame classified</source>
      <translation>Was das Netz im zuletzt klassifizierten Kamerabild betrachtet hat</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="139" />
      <source>What the network sees: your drawing made 28x28 and centred, as MNIST's digits</source>
      <translation>Was das Netz sieht: Ihre Zeichnung, auf 28x28 gebracht und zentriert wie die Ziffern von MNIST</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="32" />
      <source>What this network is for, in a sentence or two. Ctrl+Enter or leaving the field applies it.</source>
      <translation>Wofür dieses Netz gedacht ist, in ein oder zwei Sätzen. Ctrl+Enter oder das Verlassen des Felds übernimmt den Text.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="193" />
      <source>What to measure after each epoch.</source>
      <translation>Was nach jeder Epoche gemessen wird.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/io.py" line="15" />
      <source>Where data enters the network. Its shape is the shape of one sample: [2] for two numbers, [1, 28, 28] for a grey 28x28 image, [28, 28] for a sequence of 28 steps of 28 features.</source>
      <translation>Hier treten die Daten in das Netz ein. Die Form ist die eines Beispiels: [2] für zwei Zahlen, [1, 28, 28] für ein 28x28-Graustufenbild, [28, 28] für eine Folge von 28 Schritten mit je 28 Merkmalen.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="68" />
      <source>Where the network trains. auto: CUDA when there is a CUDA device, else the CPU.</source>
      <translation>Wo das Netz trainiert. auto: CUDA, wenn ein CUDA-Gerät vorhanden ist, sonst die CPU.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="113" />
      <source>Where the pictures are written: a new or empty folder, one folder per class</source>
      <translation>Wohin die Bilder geschrieben werden: ein neuer oder leerer Ordner, ein Ordner pro Klasse</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="89" />
      <source>Which of the layer's tensors the heat map shows</source>
      <translation>Welchen Tensor der Schicht die Heatmap zeigt</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="26" />
      <source>Which places a convolution's feature maps that matter for the class light up (Grad-CAM), enlarged to the input's size</source>
      <translation>Welche für die Klasse wichtigen Stellen der Merkmalskarten einer Faltung aufleuchten (Grad-CAM), vergrößert auf die Größe der Eingabe</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="70" />
      <source>Which sample of the test split to look at</source>
      <translation>Welches Beispiel der Testdaten angezeigt wird</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="161" />
      <source>Which setting mattered</source>
      <translation>Welche Einstellung zählte</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pretrained.py" line="184" />
      <source>Which stages learn: all, none (frozen features), or a stage name: it and the stages after it learn</source>
      <translation>Welche Stufen lernen: all, none (eingefrorene Merkmale) oder ein Stufenname: Diese Stufe und die Stufen danach lernen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pretrained.py" line="180" />
      <source>Which torchvision backbone</source>
      <translation>Welches Backbone aus torchvision</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="31" />
      <source>Why</source>
      <translation>Warum</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="89" />
      <source>Width of the inner feed-forward network (PyTorch's default is 2048)</source>
      <translation>Breite des inneren Feed-Forward-Netzes (Standard von PyTorch ist 2048)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pool.py" line="57" />
      <source>Window size: one number, or one per spatial dimension</source>
      <translation>Fenstergröße: eine Zahl oder eine pro räumlicher Dimension</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="35" />
      <source>With no layer selected, the design's name, description and training settings</source>
      <translation>Ohne ausgewählte Schicht: Name, Beschreibung und Trainingseinstellungen des Entwurfs</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="63" />
      <source>Worksheet: {name}</source>
      <translation>Arbeitsblatt: {name}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_tensorboard.py" line="107" />
      <source>Write each run's loss, accuracy (or mae, r2) and learning rate per epoch for TensorBoard, in a subfolder of this folder named after the design and the time; view them with tensorboard --logdir {folder}. A preference of this window, not saved in the design.</source>
      <translation>Verlust, Genauigkeit (oder mae, r2) und Lernrate jedes Laufs pro Epoche für TensorBoard schreiben, in einen Unterordner dieses Ordners, benannt nach dem Entwurf und der Uhrzeit; ansehen mit tensorboard --logdir {folder}. Eine Einstellung dieses Fensters, nicht im Entwurf gespeichert.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="341" />
      <source>Write the pictures into</source>
      <translation>Bilder speichern in</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="307" />
      <source>Writing {n} pictures to {folder}…</source>
      <translation>{n} Bilder werden in {folder} geschrieben…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="137" />
      <source>Writing {path}…</source>
      <translation>{path} wird geschrieben…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="323" />
      <source>Wrote {n} pictures in {classes} classes to {path}, but the design was not changed: {reason}</source>
      <translation>{n} Bilder in {classes} Klassen nach {path} geschrieben, aber der Entwurf wurde nicht geändert: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="321" />
      <source>Wrote {n} pictures in {classes} classes to {path}: the design now trains on them (Train, or undo to go back).</source>
      <translation>{n} Bilder in {classes} Klassen nach {path} geschrieben: Der Entwurf trainiert jetzt mit ihnen („Trainieren“, oder Rückgängig, um zurückzugehen).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/answers.py" line="55" />
      <source>Your answer (handed in with File &gt; Save My Work…)</source>
      <translation>Ihre Antwort (abgegeben mit Datei &gt; Meine Arbeit speichern…)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="97" />
      <source>Your design, weights, runs, lesson step and answers as one file to hand in</source>
      <translation>Ihr Entwurf, Ihre Gewichte, Läufe, Ihr Lektionsschritt und Ihre Antworten als eine Datei zum Abgeben</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="266" />
      <source>Your input</source>
      <translation>Ihre Eingabe</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/followers_activations.py" line="15" />
      <source>Your input (Try it)</source>
      <translation>Ihre Eingabe (Ausprobieren)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="168" />
      <source>Your name (your teacher sees it):</source>
      <translation>Ihr Name (Ihre Lehrkraft sieht ihn):</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="128" />
      <source>Your own CSV file: path, target column, optional features and task.</source>
      <translation>Ihre eigene CSV-Datei: Pfad, Zielspalte, optional Merkmale und Aufgabe.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="130" />
      <source>Your own images: a folder per class (torchvision's ImageFolder layout), resized to the Input; optional test_path, size, channels, resize, preload.</source>
      <translation>Ihre eigenen Bilder: ein Ordner pro Klasse (Aufbau wie ImageFolder von torchvision), auf die Größe des Inputs skaliert; optional test_path, size, channels, resize, preload.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="123" />
      <source>Zalando clothing in 10 classes, 28x28 grey, 60000 train / 10000 test.</source>
      <translation>Zalando-Kleidung in 10 Klassen, 28x28 Graustufen, 60000 Training / 10000 Test.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="112" />
      <source>Zeros added on each side; (kernel_size - 1) / 2 keeps the size</source>
      <translation>Nullen, die an jeder Seite hinzugefügt werden; (kernel_size - 1) / 2 behält die Größe bei</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="55" />
      <source>Zoom &amp;In</source>
      <translation>Ver&amp;größern</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="56" />
      <source>Zoom &amp;Out</source>
      <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="17" />
      <source>[C, H, W]</source>
      <translation>[C, H, W]</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="16" />
      <source>[C, L] (channels, length)</source>
      <translation>[C, L] (Kanäle, Länge)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="21" />
      <source>[F] (features) or [C, L] (channels, length)</source>
      <translation>[F] (Merkmale) oder [C, L] (Kanäle, Länge)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="90" />
      <source>a FIFO</source>
      <translation>ein FIFO</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="48" />
      <source>a class name cannot start with a dot (the folder would be hidden): start it with a letter or digit</source>
      <translation>ein Klassenname darf nicht mit einem Punkt beginnen (der Ordner wäre versteckt): Beginnen Sie ihn mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="40" />
      <source>a class name has at most {most} characters; this one has {count}: shorten it</source>
      <translation>ein Klassenname hat höchstens {most} Zeichen; dieser hat {count}: Kürzen Sie ihn</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="45" />
      <source>a class name is a folder name, so it cannot hold {shown}: use letters, digits, spaces, - or _</source>
      <translation>ein Klassenname ist ein Ordnername und darf daher {shown} nicht enthalten: Verwenden Sie Buchstaben, Ziffern, Leerzeichen, - oder _</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="38" />
      <source>a class needs a name: type one (like cats or thumbs up)</source>
      <translation>eine Klasse braucht einen Namen: Geben Sie einen ein (etwa Katzen oder Daumen hoch)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="84" />
      <source>a classification</source>
      <translation>eine Klassifikation</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="104" />
      <source>a classifier needs {least} or more classes: add a class</source>
      <translation>ein Klassifikator braucht {least} oder mehr Klassen: Fügen Sie eine Klasse hinzu</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="105" />
      <source>a classifier needs {least} or more classes: add two classes</source>
      <translation>ein Klassifikator braucht {least} oder mehr Klassen: Fügen Sie zwei Klassen hinzu</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/inspection.py" line="102" />
      <source>a decision boundary needs 1 or 2 input features; this dataset has {dims}</source>
      <translation>eine Entscheidungsgrenze braucht 1 oder 2 Eingabemerkmale; dieser Datensatz hat {dims}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="89" />
      <source>a device</source>
      <translation>ein Gerät</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="89" />
      <source>a folder</source>
      <translation>ein Ordner</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="61" />
      <source>a huge number</source>
      <translation>eine riesige Zahl</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="178" />
      <source>a layer cannot feed itself</source>
      <translation>eine Schicht kann sich nicht selbst speisen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="89" />
      <source>a link</source>
      <translation>eine Verknüpfung</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="93" />
      <source>a new class's name, then Enter</source>
      <translation>Name einer neuen Klasse, dann Enter</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="97" />
      <source>a node with id '{node_id}' already exists</source>
      <translation>ein Knoten mit der ID '{node_id}' existiert bereits</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="134" />
      <source>a non-number ({value!r})</source>
      <translation>einen Wert, der keine Zahl ist ({value!r})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="32" />
      <source>a number has {digits:,} digits (at most {max_digits} are accepted)</source>
      <translation>eine Zahl hat {digits:,} Ziffern (höchstens {max_digits} werden akzeptiert)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="39" />
      <source>a number is written with {n_text:,} characters (at most {max_digits} digits)</source>
      <translation>eine Zahl ist mit {n_text:,} Zeichen geschrieben (höchstens {max_digits} Ziffern)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="84" />
      <source>a regression</source>
      <translation>eine Regression</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="279" />
      <source>a run is going on: stop it first</source>
      <translation>ein Lauf ist im Gange: Halten Sie ihn zuerst an</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="216" />
      <source>a run or an evaluation is going on: stop it, then find a learning rate</source>
      <translation>ein Lauf oder eine Auswertung ist im Gange: Halten Sie ihn bzw. sie an und suchen Sie dann eine Lernrate</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="91" />
      <source>a socket</source>
      <translation>ein Socket</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="231" />
      <source>a sweep needs at least one --param NAME=SPEC, e.g. {examples}</source>
      <translation>ein Sweep braucht mindestens ein --param NAME=SPEC, z. B. {examples}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="29" />
      <source>a tenth of the rate at which the loss (each batch's with the 3 before and after it, their median) was lowest (fastai's “minimum” rule): an order of magnitude below where the loss stops falling</source>
      <translation>ein Zehntel der Rate, bei der der Verlust (der Median aus dem Verlust jedes Stapels und der 3 davor und danach) am niedrigsten war (die „minimum“-Regel von fastai): eine Größenordnung unter der Stelle, an der der Verlust aufhört zu fallen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="88" />
      <source>a {type}</source>
      <translation>ein {type}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="59" />
      <source>a {type} of {count:,} items</source>
      <translation>ein {type} mit {count:,} Elementen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plots.py" line="44" />
      <source>accuracy</source>
      <translation>Genauigkeit</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="196" />
      <source>accuracy {accuracy:.1f}%</source>
      <translation>Genauigkeit {accuracy:.1f} %</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="361" />
      <source>accuracy {share} ({correct:,} of {total:,} samples)</source>
      <translation>Genauigkeit {share} ({correct:,} von {total:,} Beispielen)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="101" />
      <source>adds a constant</source>
      <translation>addiert eine Konstante</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="374" />
      <source>all</source>
      <translation>alle</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/vision.py" line="36" />
      <source>allow downloading so torchvision fetches it (needs internet)</source>
      <translation>erlauben Sie das Herunterladen, damit torchvision den Datensatz holt (benötigt Internet)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="110" />
      <source>an input of shape {x_shape} is not a sample of this network's input</source>
      <translation>eine Eingabe der Form {x_shape} ist kein Beispiel für die Eingabe dieses Netzes</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="24" />
      <source>answers</source>
      <translation>Antworten</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="196" />
      <source>answers is not text by step number</source>
      <translation>answers ist kein Text pro Schrittnummer</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="259" />
      <source>at the end of epoch {epoch}</source>
      <translation>am Ende von Epoche {epoch}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/evaluation.py" line="100" />
      <source>at the start of training</source>
      <translation>zu Beginn des Trainings</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="197" />
      <source>augmentation</source>
      <translation>Augmentierung</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="194" />
      <source>auto</source>
      <translation>auto</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="30" />
      <source>auto (CPU on this machine)</source>
      <translation>auto (CPU auf diesem Rechner)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="29" />
      <source>auto (CUDA on this machine)</source>
      <translation>auto (CUDA auf diesem Rechner)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="87" />
      <source>automatic</source>
      <translation>automatisch</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="279" />
      <source>average</source>
      <translation>Mittel</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="279" />
      <source>average of {n}</source>
      <translation>Mittel aus {n}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="296" />
      <source>averaged over {n} {words}</source>
      <translation>gemittelt über {n} {words}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="169" />
      <source>batch size</source>
      <translation>Stapelgröße</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="146" />
      <source>bce expects one probability per output, but the network ends in {type}. Use cross_entropy with Softmax, or end in Sigmoid.</source>
      <translation>bce erwartet eine Wahrscheinlichkeit pro Ausgabe, aber das Netz endet mit {type}. Verwenden Sie cross_entropy mit Softmax, oder lassen Sie das Netz mit Sigmoid enden.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/preview.py" line="24" />
      <source>before training</source>
      <translation>vor dem Training</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="117" />
      <source>biases</source>
      <translation>Bias-Werte</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="349" />
      <source>biases ({n:,})</source>
      <translation>Bias-Werte ({n:,})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="176" />
      <source>both ends must be nodes of this design</source>
      <translation>beide Enden müssen Knoten dieses Entwurfs sein</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="29" />
      <source>brightness</source>
      <translation>Helligkeit</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="52" />
      <source>by class</source>
      <translation>nach Klasse</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="124" />
      <source>by class: the classes in their order; by error: the classes with the most wrongly predicted samples first</source>
      <translation>nach Klasse: die Klassen in ihrer Reihenfolge; nach Fehlern: die Klassen mit den meisten falsch vorhergesagten Beispielen zuerst</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="52" />
      <source>by error</source>
      <translation>nach Fehlern</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/camera_feed.py" line="238" />
      <source>camera off</source>
      <translation>Kamera aus</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="185" />
      <source>cannot allocate the traced run's input, {batch} samples of shape {shape} ({exc}): give a smaller input shape (--input-shape), the size of one real sample</source>
      <translation>die Eingabe des Tracing-Laufs, {batch} Beispiele der Form {shape}, kann nicht angelegt werden ({exc}): Geben Sie eine kleinere Eingabeform an (--input-shape), die Größe eines echten Beispiels</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="201" />
      <source>cannot connect {source} to {target}: {reason}</source>
      <translation>{source} kann nicht mit {target} verbunden werden: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/tensorboard.py" line="79" />
      <source>cannot create the TensorBoard folder {folder} ({strerror}); give a folder you can write to</source>
      <translation>der TensorBoard-Ordner {folder} kann nicht erstellt werden ({strerror}); geben Sie einen Ordner an, in den Sie schreiben dürfen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="88" />
      <source>cannot export {label} to ONNX: the model fails on a sample batch ({first_line})</source>
      <translation>{label} kann nicht nach ONNX exportiert werden: Das Modell scheitert an einem Beispielstapel ({first_line})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="106" />
      <source>cannot export {label} to ONNX: the model is too large for one ONNX file ({first_line})</source>
      <translation>{label} kann nicht nach ONNX exportiert werden: Das Modell ist zu groß für eine einzelne ONNX-Datei ({first_line})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="113" />
      <source>cannot export {label} to ONNX: {failures}</source>
      <translation>{label} kann nicht nach ONNX exportiert werden: {failures}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="405" />
      <source>cannot import {what}: forward() returns {ids!r} but the design ends in {outputs}</source>
      <translation>{what} kann nicht importiert werden: forward() gibt {ids!r} zurück, aber der Entwurf endet mit {outputs}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="93" />
      <source>cannot import {what}: input shape {shape}: {problem}</source>
      <translation>{what} kann nicht importiert werden: Eingabeform {shape}: {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="415" />
      <source>cannot import {what}: it has {theirs:,} parameters but the imported design has {ours:,}{hint}</source>
      <translation>{what} kann nicht importiert werden: Es hat {theirs:,} Parameter, aber der importierte Entwurf hat {ours:,}{hint}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="401" />
      <source>cannot import {what}: the design it makes is not valid: {where}{message}</source>
      <translation>{what} kann nicht importiert werden: Der daraus erzeugte Entwurf ist ungültig: {where}{message}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="100" />
      <source>cannot import {what}: the traced run's input, {batch} samples of shape {shape}, needs about {human_bytes}, more than this computer has free: give a smaller input shape (--input-shape), the size of one real sample</source>
      <translation>{what} kann nicht importiert werden: Die Eingabe des Tracing-Laufs, {batch} Beispiele der Form {shape}, braucht etwa {human_bytes}, mehr als auf diesem Computer frei ist: Geben Sie eine kleinere Eingabeform an (--input-shape), die Größe eines echten Beispiels</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="148" />
      <source>cannot import {what}: {message}</source>
      <translation>{what} kann nicht importiert werden: {message}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/figures.py" line="31" />
      <source>cannot save {path}: the folder {folder} does not exist</source>
      <translation>{path} kann nicht gespeichert werden: Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/figures.py" line="34" />
      <source>cannot save {path}: writing the picture failed (is the disk full?)</source>
      <translation>{path} kann nicht gespeichert werden: Das Schreiben des Bildes ist fehlgeschlagen (ist der Datenträger voll?)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="107" />
      <source>cannot write there ({reason}); give another file name</source>
      <translation>dort kann nicht geschrieben werden ({reason}); geben Sie einen anderen Dateinamen an</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="156" />
      <source>channel</source>
      <translation>Kanal</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="88" />
      <source>choose a folder to write the pictures into</source>
      <translation>wählen Sie einen Ordner, in den die Bilder geschrieben werden</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="55" />
      <source>class</source>
      <translation>Klasse</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="20" />
      <source>class {i}</source>
      <translation>Klasse {i}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="323" />
      <source>class {name}: recall {recall} ({right:,} of its {total:,} samples predicted as {name})</source>
      <translation>Klasse {name}: Trefferquote {recall} ({right:,} ihrer {total:,} Beispiele als {name} vorhergesagt)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet_pdf.py" line="216" />
      <source>class {n}</source>
      <translation>Klasse {n}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="160" />
      <source>class {target} is not an output of this network (it has {columns})</source>
      <translation>Klasse {target} ist keine Ausgabe dieses Netzes (es hat {columns})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="26" />
      <source>color</source>
      <translation>Farbe</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="334" />
      <source>colour scale ±{m:.3g}</source>
      <translation>Farbskala ±{m:.3g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="302" />
      <source>column</source>
      <translation>Spalte</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="26" />
      <source>completed</source>
      <translation>abgeschlossen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/vision.py" line="45" />
      <source>connect to the internet so torchvision can download it</source>
      <translation>verbinden Sie sich mit dem Internet, damit torchvision den Datensatz herunterladen kann</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="185" />
      <source>connecting {source} to {target} would make a cycle: {target} already feeds {source}</source>
      <translation>{source} mit {target} zu verbinden würde einen Zyklus bilden: {target} speist bereits {source}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="29" />
      <source>contrast</source>
      <translation>Kontrast</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="81" />
      <source>cosine</source>
      <translation>Kosinus</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="180" />
      <source>cosine: the rate at the last epoch.</source>
      <translation>cosine: die Rate in der letzten Epoche.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/backbones.py" line="204" />
      <source>could not be downloaded from {url} (what came is damaged: its SHA-256 does not start with {digest}, as its name says).</source>
      <translation>konnten nicht von {url} heruntergeladen werden (was ankam, ist beschädigt: Seine SHA-256-Prüfsumme beginnt nicht mit {digest}, wie sein Name angibt).</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/backbones.py" line="210" />
      <source>could not be downloaded from {url} ({reason}).</source>
      <translation>konnten nicht von {url} heruntergeladen werden ({reason}).</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/vision.py" line="34" />
      <source>could not read {label} from {where}: {exc}</source>
      <translation>{label} konnte nicht aus {where} gelesen werden: {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="116" />
      <source>count</source>
      <translation>Anzahl</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="50" />
      <source>counts</source>
      <translation>Anzahlen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="119" />
      <source>counts: samples in each cell; row %: each cell's share of its true class</source>
      <translation>Anzahlen: Beispiele in jeder Zelle; Zeilen-%: Anteil jeder Zelle an ihrer wahren Klasse</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="75" />
      <source>creating {cls_name}() failed: {exc}</source>
      <translation>Erstellen von {cls_name}() fehlgeschlagen: {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="26" />
      <source>crop</source>
      <translation>Zuschnitt</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="142" />
      <source>cross_entropy expects class scores or Softmax, but the network ends in Sigmoid. Use Softmax for several classes, or the bce loss for yes/no.</source>
      <translation>cross_entropy erwartet Klassenwerte oder Softmax, aber das Netz endet mit Sigmoid. Verwenden Sie Softmax für mehrere Klassen oder den Verlust bce für Ja/Nein.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="34" />
      <source>csv file {candidate} is a folder, not a file</source>
      <translation>CSV-Datei {candidate} ist ein Ordner, keine Datei</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="66" />
      <source>csv file {path} cannot be read: {exc}</source>
      <translation>CSV-Datei {path} kann nicht gelesen werden: {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="74" />
      <source>csv file {path} has a header but no data rows</source>
      <translation>CSV-Datei {path} hat eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="287" />
      <source>csv file {path} has no feature columns besides the target {target!r}</source>
      <translation>CSV-Datei {path} hat außer der Zielspalte {target!r} keine Merkmalsspalten</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="68" />
      <source>csv file {path} is empty: it needs a header row naming the columns, then data rows</source>
      <translation>CSV-Datei {path} ist leer: Sie braucht eine Kopfzeile mit den Spaltennamen und danach Datenzeilen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="63" />
      <source>csv file {path} is not UTF-8 text ({reason} at byte {start})</source>
      <translation>CSV-Datei {path} ist kein UTF-8-Text ({reason} bei Byte {start})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="77" />
      <source>csv file {path} line {line} has {n_row} values but the header has {n_header} columns</source>
      <translation>CSV-Datei {path}: Zeile {line} hat {n_row} Werte, aber die Kopfzeile hat {n_header} Spalten</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="52" />
      <source>csv file {path}: column {name!r} appears twice in the header</source>
      <translation>CSV-Datei {path}: Spalte {name!r} kommt in der Kopfzeile zweimal vor</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="240" />
      <source>csv file {path}: row {i} (line {line}), column {name!r}: the target is empty</source>
      <translation>CSV-Datei {path}: Datenzeile {i} (Zeile {line}), Spalte {name!r}: Der Zielwert ist leer</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="183" />
      <source>csv file {path}: row {i} (line {line}), column {name!r}: {what}</source>
      <translation>CSV-Datei {path}: Datenzeile {i} (Zeile {line}), Spalte {name!r}: {what}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="153" />
      <source>csv file {path}: {role} column {name!r} is not in the file; available columns: {shown}</source>
      <translation>CSV-Datei {path}: Spalte {name!r} ({role}) ist nicht in der Datei; verfügbare Spalten: {shown}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="35" />
      <source>csv file {raw} not found (looked for {candidates})</source>
      <translation>CSV-Datei {raw} nicht gefunden (gesucht wurde {candidates})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="42" />
      <source>cuda:{index}: {name} ({memory:.0f} GB)</source>
      <translation>cuda:{index}: {name} ({memory:.0f} GB)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="158" />
      <source>curves is not the two tensors batch_x and batch_loss</source>
      <translation>curves enthält nicht die zwei Tensoren batch_x und batch_loss</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="397" />
      <source>data: {name}, {classes} classes; {plan}{preprocessing}</source>
      <translation>Daten: {name}, {classes} Klassen; {plan}{preprocessing}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/summary.py" line="76" />
      <source>data: {problem}</source>
      <translation>Daten: {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="136" />
      <source>dataset</source>
      <translation>Datensatz</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="26" />
      <source>dataset 'csv' needs a 'path': the CSV file to read</source>
      <translation>Datensatz 'csv' braucht einen 'path': die zu lesende CSV-Datei</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="271" />
      <source>dataset 'csv' needs a 'target': the name of the column to predict</source>
      <translation>Datensatz 'csv' braucht ein 'target': der Name der Spalte, die vorhergesagt werden soll</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="283" />
      <source>dataset 'csv': features lists a column twice</source>
      <translation>Datensatz 'csv': features führt eine Spalte zweimal auf</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="281" />
      <source>dataset 'csv': features must be a non-empty list of column names</source>
      <translation>Datensatz 'csv': features muss eine nicht leere Liste von Spaltennamen sein</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="269" />
      <source>dataset 'csv': task must be 'classification' or 'regression', not {task!r}</source>
      <translation>Datensatz 'csv': task muss 'classification' oder 'regression' sein, nicht {task!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="285" />
      <source>dataset 'csv': the target column {target!r} cannot also be a feature</source>
      <translation>Datensatz 'csv': Die Zielspalte {target!r} kann nicht zugleich ein Merkmal sein</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="147" />
      <source>dataset 'csv': {role} must be a column name (a string), not {name!r}</source>
      <translation>Datensatz 'csv': {role} muss ein Spaltenname (eine Zeichenkette) sein, nicht {name!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="42" />
      <source>dataset 'image_folder' needs a '{what}': the folder holding one sub-folder of images per class</source>
      <translation>Datensatz 'image_folder' braucht ein '{what}': der Ordner, der einen Unterordner mit Bildern pro Klasse enthält</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="117" />
      <source>dataset 'image_folder' needs the image size: give the Input the shape [channels, height, width] (like [3, 64, 64]), or set the dataset's 'size' to [height, width]</source>
      <translation>Datensatz 'image_folder' braucht die Bildgröße: Geben Sie dem Input die Form [Kanäle, Höhe, Breite] (etwa [3, 64, 64]) oder setzen Sie 'size' des Datensatzes auf [Höhe, Breite]</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="124" />
      <source>dataset 'image_folder' reads images as 1 channel (grey) or 3 (colour), not {channels!r}: make the Input's first number 1 or 3, or set the dataset's 'channels'</source>
      <translation>Datensatz 'image_folder' liest Bilder mit 1 Kanal (grau) oder 3 (Farbe), nicht mit {channels!r}: Setzen Sie die erste Zahl des Inputs auf 1 oder 3, oder setzen Sie 'channels' des Datensatzes</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="367" />
      <source>dataset 'image_folder': preload must be "auto", true or false, not {preload!r}</source>
      <translation>Datensatz 'image_folder': preload muss "auto", true oder false sein, nicht {preload!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="110" />
      <source>dataset 'image_folder': resize must be true or false, not {resize!r}</source>
      <translation>Datensatz 'image_folder': resize muss true oder false sein, nicht {resize!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="121" />
      <source>dataset 'image_folder': size must be [height, width], whole numbers from 1 to 4096, not {size!r}</source>
      <translation>Datensatz 'image_folder': size muss [Höhe, Breite] sein, ganze Zahlen von 1 bis 4096, nicht {size!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/loading.py" line="74" />
      <source>dataset '{ds_name}': validation {fraction} of {n} training samples leaves none to train on; lower the fraction or the limit</source>
      <translation>Datensatz '{ds_name}': Validierung {fraction} von {n} Trainingsbeispielen lässt keine zum Trainieren übrig; verringern Sie den Anteil oder das Limit</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/loading.py" line="37" />
      <source>dataset '{name}': unknown option {key!r} (options: {allowed})</source>
      <translation>Datensatz '{name}': unbekannte Option {key!r} (Optionen: {allowed})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/loading.py" line="41" />
      <source>dataset '{name}': {key} must be {choices}, not {value!r}</source>
      <translation>Datensatz '{name}': {key} muss {choices} sein, nicht {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="161" />
      <source>dataset is {shown}, not an object</source>
      <translation>dataset ist {shown}, kein Objekt</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/loading.py" line="112" />
      <source>dataset normalize must be true or false, not {normalize!r}</source>
      <translation>Datensatzoption normalize muss true oder false sein, nicht {normalize!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/loading.py" line="54" />
      <source>dataset {key} {problem}</source>
      <translation>Datensatzoption {key} {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="178" />
      <source>dataset.class_names has {n_names} names for {classes} classes</source>
      <translation>dataset.class_names hat {n_names} Namen für {classes} Klassen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="176" />
      <source>dataset.class_names is {shown}, not a list of names</source>
      <translation>dataset.class_names ist {shown}, keine Liste von Namen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="169" />
      <source>dataset.input_shape is {shown}, not a list of 1 to 8 sizes</source>
      <translation>dataset.input_shape ist {shown}, keine Liste von 1 bis 8 Größen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="172" />
      <source>dataset.input_shape {dims} holds more than 2**53 values</source>
      <translation>dataset.input_shape {dims} enthält mehr als 2**53 Werte</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="183" />
      <source>dataset.name is {shown}, not a name</source>
      <translation>dataset.name ist {shown}, kein Name</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="164" />
      <source>dataset.task is {shown}, not one of {tasks}</source>
      <translation>dataset.task ist {shown}, keiner der Werte {tasks}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="166" />
      <source>dataset.task is {task} but the problem is {kind}</source>
      <translation>dataset.task ist {task}, aber das Problem ist {kind}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="28" />
      <source>degrees</source>
      <translation>Grad</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="173" />
      <source>description</source>
      <translation>Beschreibung</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="49" />
      <source>device</source>
      <translation>Gerät</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="49" />
      <source>device cuda:{index} does not exist: this machine has 1 CUDA device (cuda:0)</source>
      <translation>Gerät cuda:{index} existiert nicht: Dieser Rechner hat 1 CUDA-Gerät (cuda:0)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="51" />
      <source>device cuda:{index} does not exist: this machine has {count} CUDA devices (cuda:0 to cuda:{last})</source>
      <translation>Gerät cuda:{index} existiert nicht: Dieser Rechner hat {count} CUDA-Geräte (cuda:0 bis cuda:{last})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="190" />
      <source>device: {value} is not one of auto, cpu, cuda, cuda:N</source>
      <translation>device: {value} ist nicht auto, cpu, cuda oder cuda:N</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="96" />
      <source>did not run</source>
      <translation>nicht gelaufen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="71" />
      <source>dilated kernel</source>
      <translation>dilatierter Kernel</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="145" />
      <source>dimension</source>
      <translation>Dimension</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="27" />
      <source>direction</source>
      <translation>Richtung</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="27" />
      <source>diverged</source>
      <translation>divergiert</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="103" />
      <source>download %p%</source>
      <translation>Download %p%</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="332" />
      <source>dropout of every Dropout layer</source>
      <translation>Dropout aller Dropout-Schichten</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="333" />
      <source>dropout of layer {node}</source>
      <translation>Dropout der Schicht {node}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="98" />
      <source>dropout: the design has no Dropout layer; add one, or sweep dropout:NODE_ID of a layer with a dropout setting</source>
      <translation>dropout: Der Entwurf hat keine Dropout-Schicht; fügen Sie eine hinzu, oder machen Sie einen Sweep über dropout:NODE_ID einer Schicht mit einer dropout-Einstellung</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="35" />
      <source>duplicate</source>
      <translation>Duplikat</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/evaluation.py" line="100" />
      <source>during epoch {epoch}</source>
      <translation>während Epoche {epoch}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="93" />
      <source>each batch</source>
      <translation>jeder Stapel</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="172" />
      <source>each input row has {plural}; {width_note}</source>
      <translation>jede Eingabezeile hat {plural}; {width_note}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="26" />
      <source>early stopping</source>
      <translation>frühes Stoppen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="60" />
      <source>epoch</source>
      <translation>Epoche</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="140" />
      <source>epoch %p%</source>
      <translation>Epoche %p%</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="126" />
      <source>epoch of the run</source>
      <translation>Epoche des Laufs</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="60" />
      <source>epoch {epoch}/{epochs} · batch {batch:,}/{batches:,} · lr {lr:.3g} · {speed:,.0f} samples/s · {elapsed} elapsed · {left}</source>
      <translation>Epoche {epoch}/{epochs} · Stapel {batch:,}/{batches:,} · lr {lr:.3g} · {speed:,.0f} Beispiele/s · {elapsed} vergangen · {left}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="167" />
      <source>epochs</source>
      <translation>Epochen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet_pdf.py" line="168" />
      <source>epochs 1 to {n}</source>
      <translation>Epochen 1 bis {n}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="164" />
      <source>expected a list of input rows, not the single number {item!r}</source>
      <translation>erwartet wurde eine Liste von Eingabezeilen, nicht die einzelne Zahl {item!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="180" />
      <source>expected a list of input rows, not {what}{value}</source>
      <translation>erwartet wurde eine Liste von Eingabezeilen, nicht {what}{value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="183" />
      <source>expected at least one input row</source>
      <translation>erwartet wurde mindestens eine Eingabezeile</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="214" />
      <source>expected {n} numbers, got {value}</source>
      <translation>{n} Zahlen erwartet, {value} erhalten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="116" />
      <source>explaining class {name}</source>
      <translation>erklärt Klasse {name}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="114" />
      <source>explaining the output</source>
      <translation>erklärt die Ausgabe</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="113" />
      <source>explaining the probability of {name}</source>
      <translation>erklärt die Wahrscheinlichkeit von {name}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="27" />
      <source>failed</source>
      <translation>fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="158" />
      <source>feature</source>
      <translation>Merkmal</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="24" />
      <source>final accuracy</source>
      <translation>Endgenauigkeit</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="24" />
      <source>final loss</source>
      <translation>Endverlust</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="26" />
      <source>flip</source>
      <translation>Spiegeln</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="219" />
      <source>forward() returns {name}, not one tensor; a netbuilder design has one output</source>
      <translation>forward() gibt {name} zurück, nicht einen Tensor; ein netbuilder-Entwurf hat eine Ausgabe</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="213" />
      <source>forward() takes a second input ({node_name!r}); a netbuilder design has one Input</source>
      <translation>forward() nimmt eine zweite Eingabe ({node_name!r}); ein netbuilder-Entwurf hat einen Input</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="377" />
      <source>forward() uses the {kind} '{target}' directly; netbuilder imports only layers of its catalogue (put the weights in a catalogue layer)</source>
      <translation>forward() verwendet {kind} '{target}' direkt; netbuilder importiert nur Schichten seines Katalogs (legen Sie die Gewichte in eine Katalogschicht)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="351" />
      <source>forward()'s return</source>
      <translation>Rückgabe von forward()</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/summary.py" line="84" />
      <source>free memory unknown here</source>
      <translation>freier Speicher hier unbekannt</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="357" />
      <source>function {function} (node '{node}')</source>
      <translation>Funktion {function} (Knoten '{node}')</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="147" />
      <source>gate unit</source>
      <translation>Gate-Einheit</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="207" />
      <source>gradcam explains image-like inputs (channels and 1 or 2 axes); this input has shape {batch_shape}</source>
      <translation>gradcam erklärt bildartige Eingaben (Kanäle und 1 oder 2 Achsen); diese Eingabe hat die Form {batch_shape}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="202" />
      <source>gradcam looks at a convolution's output; node {node!r} is a {kind}, not a Conv2d or Conv1d</source>
      <translation>gradcam betrachtet die Ausgabe einer Faltung; Knoten {node!r} ist ein {kind}, kein Conv2d oder Conv1d</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="200" />
      <source>gradcam looks at a convolution's output; node {node!r} is a {kind}, not a Conv2d or Conv1d outside a squeeze-and-excitation block</source>
      <translation>gradcam betrachtet die Ausgabe einer Faltung; Knoten {node!r} ist ein {kind}, kein Conv2d oder Conv1d außerhalb eines Squeeze-and-Excitation-Blocks</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="192" />
      <source>gradcam needs a convolution (Conv2d or Conv1d) in the network, and this one has none; use saliency, integrated_gradients or occlusion</source>
      <translation>gradcam braucht eine Faltung (Conv2d oder Conv1d) im Netz, und dieses hat keine; verwenden Sie saliency, integrated_gradients oder occlusion</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="197" />
      <source>gradcam: there is no node {node!r} in this network</source>
      <translation>gradcam: Es gibt keinen Knoten {node!r} in diesem Netz</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="124" />
      <source>gradient norm</source>
      <translation>Gradientennorm</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="360" />
      <source>gradient norm {norm:.3g}</source>
      <translation>Gradientennorm {norm:.3g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="82" />
      <source>gradient norm {norm:.3g} ({share})</source>
      <translation>Gradientennorm {norm:.3g} ({share})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="99" />
      <source>greyer</source>
      <translation>grauer</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="147" />
      <source>hidden unit</source>
      <translation>verborgene Einheit</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="139" />
      <source>history is {shown}, not a list of epochs</source>
      <translation>history ist {shown}, keine Liste von Epochen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="27" />
      <source>horizontal</source>
      <translation>horizontal</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="243" />
      <source>horizontal (left-right) or vertical (upside down).</source>
      <translation>horizontal (links-rechts) oder vertikal (auf den Kopf).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="335" />
      <source>hover for values</source>
      <translation>Werte: Maus darüber halten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="58" />
      <source>how many samples of this class there are</source>
      <translation>wie viele Beispiele dieser Klasse es gibt</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="49" />
      <source>image folder {raw} not found (looked for {candidates})</source>
      <translation>Bildordner {raw} nicht gefunden (gesucht wurde {candidates})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="109" />
      <source>image folder {root} has no class folders inside it: {links_out}</source>
      <translation>Bildordner {root} enthält keine Klassenordner: {links_out}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="111" />
      <source>image folder {root} has no class folders: put the images of each class in a folder of its own inside it (like {cats} and {dogs})</source>
      <translation>Bildordner {root} hat keine Klassenordner: Legen Sie die Bilder jeder Klasse in einen eigenen Ordner darin (etwa {cats} und {dogs})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="117" />
      <source>image folder {root} has {n_classes} class folder ({classes}): a classifier needs 2 or more, one folder of images per class{links}</source>
      <translation>Bildordner {root} hat {n_classes} Klassenordner ({classes}): Ein Klassifikator braucht 2 oder mehr, einen Bildordner pro Klasse{links}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="136" />
      <source>image folder {root}: no image in the class folder {empty}{links} (images: {img_extensions})</source>
      <translation>Bildordner {root}: kein Bild im Klassenordner {empty}{links} (Bilder: {img_extensions})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="138" />
      <source>image folder {root}: no image in the class folders {empty}{links} (images: {img_extensions})</source>
      <translation>Bildordner {root}: kein Bild in den Klassenordnern {empty}{links} (Bilder: {img_extensions})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="165" />
      <source>image {path} cannot be read ({reason}): replace it with a JPEG or PNG image, or take it out of the folder</source>
      <translation>Bild {path} kann nicht gelesen werden ({reason}): Ersetzen Sie es durch ein JPEG- oder PNG-Bild, oder nehmen Sie es aus dem Ordner</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="152" />
      <source>image {path} is not a regular file: take it out of the folder</source>
      <translation>Bild {path} ist keine normale Datei: Nehmen Sie es aus dem Ordner</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="158" />
      <source>image {path} is {height}x{width} (height x width), more than the {max_pixels:,} pixels netbuilder decodes: make it smaller, or take it out of the folder</source>
      <translation>Bild {path} ist {height}x{width} (Höhe x Breite) groß, mehr als die {max_pixels:,} Pixel, die netbuilder dekodiert: Verkleinern Sie es, oder nehmen Sie es aus dem Ordner</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="187" />
      <source>image {path} is {img_height}x{img_width} (height x width) but the Input takes {height}x{width} and resize is off: resize the image, or set the dataset's resize to true</source>
      <translation>Bild {path} ist {img_height}x{img_width} (Höhe x Breite) groß, aber der Input nimmt {height}x{width} und resize ist aus: Skalieren Sie das Bild, oder setzen Sie resize des Datensatzes auf true</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pretrained.py" line="181" />
      <source>imagenet (torch's cache, downloaded on first use; netbuilder weights fetch MODEL gets them ahead), empty for random weights, or the path of a state_dict file</source>
      <translation>imagenet (Cache von torch, bei der ersten Verwendung heruntergeladen; netbuilder weights fetch MODEL holt sie vorab), leer für zufällige Gewichte, oder der Pfad einer state_dict-Datei</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="411" />
      <source>in ? → out {out}</source>
      <translation>Eingabe ? → Ausgabe {out}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="410" />
      <source>in {shapes} → out {out}</source>
      <translation>Eingabe {shapes} → Ausgabe {out}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="159" />
      <source>index</source>
      <translation>Index</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="355" />
      <source>indexing [...] (node '{node}')</source>
      <translation>Indizierung [...] (Knoten '{node}')</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="136" />
      <source>indices</source>
      <translation>Indizes</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="242" />
      <source>infinite</source>
      <translation>unendlich</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="80" />
      <source>infinitely</source>
      <translation>unendlich</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="102" />
      <source>input</source>
      <translation>Eingabe</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="95" />
      <source>input channel</source>
      <translation>Eingabekanal</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="139" />
      <source>input channels</source>
      <translation>Eingabekanäle</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="207" />
      <source>input row {at} holds a number too large to use (value {column}); input values must be finite numbers</source>
      <translation>Eingabezeile {at} enthält eine zu große Zahl (Wert {column}); Eingabewerte müssen endliche Zahlen sein</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="201" />
      <source>input row {number} has {plural}; {width_note}</source>
      <translation>Eingabezeile {number} hat {plural}; {width_note}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="151" />
      <source>input row {number} holds {why}</source>
      <translation>Eingabezeile {number} enthält {why}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="216" />
      <source>input row {row} holds {value!r} (value {col}{beyond}); input values must be finite numbers</source>
      <translation>Eingabezeile {row} enthält {value!r} (Wert {col}{beyond}); Eingabewerte müssen endliche Zahlen sein</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary.py" line="62" />
      <source>input {n}</source>
      <translation>Eingabe {n}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="195" />
      <source>input {port} of {target} is already taken; disconnect it first</source>
      <translation>Eingang {port} von {target} ist bereits belegt; trennen Sie ihn zuerst</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="175" />
      <source>integrated_gradients needs between 2 and {max_steps} steps, not {steps}</source>
      <translation>integrated_gradients braucht zwischen 2 und {max_steps} Schritte, nicht {steps}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="177" />
      <source>is empty</source>
      <translation>ist leer</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="277" />
      <source>it does not give one tensor as netbuilder's {type} does</source>
      <translation>es liefert nicht einen einzelnen Tensor, wie es {type} von netbuilder tut</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/common/camera.py" line="108" />
      <source>it gave no reason</source>
      <translation>es wurde kein Grund genannt</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="230" />
      <source>it has no submodule {sub_name!r} as netbuilder's {type} has</source>
      <translation>es hat kein Submodul {sub_name!r}, wie es {type} von netbuilder hat</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="235" />
      <source>it has {label}={theirs}, and netbuilder's {type} cannot (it would have {label}={ours})</source>
      <translation>es hat {label}={theirs}, und {type} von netbuilder kann das nicht (es hätte {label}={ours})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="241" />
      <source>it holds {names}, which netbuilder's {type} does not have</source>
      <translation>es enthält {names}, die {type} von netbuilder nicht hat</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="243" />
      <source>it lacks {names}, which netbuilder's {type} has</source>
      <translation>ihm fehlen {names}, die {type} von netbuilder hat</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_backbone.py" line="121" />
      <source>it trains {name} but freezes a stage after it; netbuilder's Pretrained trains a stage and all the stages after it</source>
      <translation>es trainiert {name}, friert aber eine Stufe danach ein; Pretrained von netbuilder trainiert eine Stufe und alle Stufen danach</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_backbone.py" line="111" />
      <source>its stage {stage_name} freezes some parameters and trains others; netbuilder's Pretrained trains whole stages: set requires_grad alike for each stage</source>
      <translation>seine Stufe {stage_name} friert einige Parameter ein und trainiert andere; Pretrained von netbuilder trainiert ganze Stufen: Setzen Sie requires_grad für jede Stufe einheitlich</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_backbone.py" line="134" />
      <source>its weights do not have the names and shapes of the backbones netbuilder's Pretrained knows ({backbones})</source>
      <translation>seine Gewichte haben nicht die Namen und Formen der Backbones, die Pretrained von netbuilder kennt ({backbones})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="182" />
      <source>its work part is not an object</source>
      <translation>sein Teil work ist kein Objekt</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="158" />
      <source>its work part is not text</source>
      <translation>sein Teil work ist kein Text</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="246" />
      <source>its {key} has shape {theirs} where netbuilder's {type} has {ours}</source>
      <translation>sein {key} hat die Form {theirs}, wo {type} von netbuilder {ours} hat</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="101" />
      <source>joins fewer than two layer outputs</source>
      <translation>verbindet weniger als zwei Schichtausgaben</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="55" />
      <source>kernel</source>
      <translation>Kernel</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="302" />
      <source>kernel tap</source>
      <translation>Kernelpunkt</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="272" />
      <source>label {name}</source>
      <translation>Label {name}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="61" />
      <source>last</source>
      <translation>letzte</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="173" />
      <source>layer</source>
      <translation>Schicht</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="373" />
      <source>layer '{owner}' is a {class_label} that uses its own {kind} '{target}' in forward(), and netbuilder's catalogue has no such layer; build it from catalogue layers, or leave it out</source>
      <translation>Schicht '{owner}' ist ein {class_label}, das in forward() sein eigenes {kind} '{target}' verwendet, und der Katalog von netbuilder hat keine solche Schicht; bauen Sie sie aus Katalogschichten auf, oder lassen Sie sie weg</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_backbone.py" line="185" />
      <source>layer '{qualname}' is a {class_label}, and netbuilder's catalogue has no such layer; replace it with catalogue layers, or leave it out</source>
      <translation>Schicht '{qualname}' ist ein {class_label}, und der Katalog von netbuilder hat keine solche Schicht; ersetzen Sie sie durch Katalogschichten, oder lassen Sie sie weg</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="264" />
      <source>layer '{qualname}' is used more than once in forward() (shared weights); netbuilder gives every layer its own weights: make one module per use</source>
      <translation>Schicht '{qualname}' wird in forward() mehr als einmal verwendet (geteilte Gewichte); netbuilder gibt jeder Schicht eigene Gewichte: Erstellen Sie ein Modul pro Verwendung</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="276" />
      <source>layer '{target}' ({kind})</source>
      <translation>Schicht '{target}' ({kind})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="279" />
      <source>layer '{target}' is a {class_label}, and netbuilder's catalogue has no such layer; replace it with catalogue layers, or leave it out</source>
      <translation>Schicht '{target}' ist ein {class_label}, und der Katalog von netbuilder hat keine solche Schicht; ersetzen Sie sie durch Katalogschichten, oder lassen Sie sie weg</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="154" />
      <source>learning rate</source>
      <translation>Lernrate</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="87" />
      <source>learning rate (log scale)</source>
      <translation>Lernrate (Log-Skala)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/vision.py" line="37" />
      <source>leave both unset to let torchvision download it into {folder} (needs internet)</source>
      <translation>lassen Sie beide ungesetzt, damit torchvision den Datensatz nach {folder} herunterlädt (benötigt Internet)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="190" />
      <source>lesson is not an object</source>
      <translation>lesson ist kein Objekt</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="23" />
      <source>lesson step</source>
      <translation>Lektionsschritt</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/gallery.py" line="213" />
      <source>lesson {name}: {steps} step</source>
      <translation>Lektion {name}: {steps} Schritt</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/gallery.py" line="214" />
      <source>lesson {name}: {steps} steps</source>
      <translation>Lektion {name}: {steps} Schritte</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="193" />
      <source>lesson.{key} is not a whole number</source>
      <translation>lesson.{key} ist keine ganze Zahl</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="47" />
      <source>log scale</source>
      <translation>Log-Skala</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plots.py" line="53" />
      <source>loss</source>
      <translation>Verlust</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="328" />
      <source>loss (- - validation)</source>
      <translation>Verlust (- - Validierung)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="327" />
      <source>loss (smoothed)</source>
      <translation>Verlust (geglättet)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/loop.py" line="223" />
      <source>loss on the training samples</source>
      <translation>Verlust auf den Trainingsbeispielen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="194" />
      <source>loss {loss:.4g}</source>
      <translation>Verlust {loss:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="162" />
      <source>low..high, low..high:log or a,b,c</source>
      <translation>low..high, low..high:log oder a,b,c</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plots.py" line="44" />
      <source>mean absolute error</source>
      <translation>mittlerer absoluter Fehler</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="198" />
      <source>mean absolute error {mae:.4g}</source>
      <translation>mittlerer absoluter Fehler {mae:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="94" />
      <source>median of 7 batches</source>
      <translation>Median von 7 Stapeln</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/summary.py" line="87" />
      <source>memory to train (batch {batch:,}, {optimizer}): about {total}; {has}{verdict}</source>
      <translation>Speicher zum Trainieren (Stapel {batch:,}, {optimizer}): etwa {total}; {has}{verdict}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="353" />
      <source>method .{method}() (node '{node}')</source>
      <translation>Methode .{method}() (Knoten '{node}')</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="88" />
      <source>missing</source>
      <translation>fehlt</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="185" />
      <source>missing; choose a dataset in the training settings (for example mnist)</source>
      <translation>fehlt; wählen Sie in den Trainingseinstellungen einen Datensatz (zum Beispiel mnist)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="159" />
      <source>momentum</source>
      <translation>Momentum</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="116" />
      <source>must be a list of names, not {value!r}</source>
      <translation>muss eine Liste von Namen sein, nicht {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="263" />
      <source>must be a list of steps such as {{"type": "flip"}}, not {value!r}</source>
      <translation>muss eine Liste von Schritten wie {{"type": "flip"}} sein, nicht {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/numbers.py" line="20" />
      <source>must be a number, not {value!r}</source>
      <translation>muss eine Zahl sein, nicht {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/numbers.py" line="35" />
      <source>must be a whole number, not {value!r}</source>
      <translation>muss eine ganze Zahl sein, nicht {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="187" />
      <source>must be an object with a 'name', not {ds!r}</source>
      <translation>muss ein Objekt mit einem 'name' sein, nicht {ds!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="211" />
      <source>must be an object with a 'name', not {scheduler!r}</source>
      <translation>muss ein Objekt mit einem 'name' sein, nicht {scheduler!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="271" />
      <source>must be an object with a 'type', not {step!r}</source>
      <translation>muss ein Objekt mit einem 'type' sein, nicht {step!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="100" />
      <source>must be an object, not {value!r}</source>
      <translation>muss ein Objekt sein, nicht {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/numbers.py" line="24" />
      <source>must be at least {low:g}; it is {value}</source>
      <translation>muss mindestens {low:g} sein; es ist {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/numbers.py" line="38" />
      <source>must be at least {low}; it is {value}</source>
      <translation>muss mindestens {low} sein; es ist {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/numbers.py" line="40" />
      <source>must be at most {high:,}; it is {value:,}</source>
      <translation>darf höchstens {high:,} sein; es ist {value:,}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/numbers.py" line="26" />
      <source>must be at most {high:g}; it is {value}</source>
      <translation>darf höchstens {high:g} sein; es ist {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/numbers.py" line="22" />
      <source>must be greater than {low:g}; it is {value}</source>
      <translation>muss größer als {low:g} sein; es ist {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="172" />
      <source>name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="220" />
      <source>nearest copies values; bilinear interpolates (images only)</source>
      <translation>nearest kopiert Werte; bilinear interpoliert (nur Bilder)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="15" />
      <source>netbuilder checkpoints (*.ckpt);;All files (*)</source>
      <translation>netbuilder-Checkpoints (*.ckpt);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="24" />
      <source>netbuilder design</source>
      <translation>netbuilder-Entwurf</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="53" />
      <source>netbuilder designs and checkpoints (*.json *.ckpt *.pt);;All files (*)</source>
      <translation>netbuilder-Entwürfe und -Checkpoints (*.json *.ckpt *.pt);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="16" />
      <source>netbuilder lessons (*.json *.nblesson);;All files (*)</source>
      <translation>netbuilder-Lektionen (*.json *.nblesson);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="280" />
      <source>netbuilder was not closed properly. Restore “{name}” with its trained weights, as it was autosaved at {when}?</source>
      <translation>netbuilder wurde nicht ordnungsgemäß beendet. „{name}“ mit seinen trainierten Gewichten wiederherstellen (automatisch gespeichert: {when})?</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="282" />
      <source>netbuilder was not closed properly. Restore “{name}”, as it was autosaved at {when}?</source>
      <translation>netbuilder wurde nicht ordnungsgemäß beendet. „{name}“ wiederherstellen (automatisch gespeichert: {when})?</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="22" />
      <source>netbuilder work (*.nbwork);;All files (*)</source>
      <translation>netbuilder-Arbeitsdateien (*.nbwork);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="304" />
      <source>netbuilder's {type} cannot be built with {params} ({exc})</source>
      <translation>{type} von netbuilder lässt sich mit {params} nicht erstellen ({exc})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="282" />
      <source>netbuilder's {type} computes other values from the same weights and inputs</source>
      <translation>{type} von netbuilder berechnet aus denselben Gewichten und Eingaben andere Werte</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="268" />
      <source>netbuilder's {type} fails on its input ({exc})</source>
      <translation>{type} von netbuilder scheitert an seiner Eingabe ({exc})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="279" />
      <source>netbuilder's {type} gives shape {got} instead of {expected}</source>
      <translation>{type} von netbuilder ergibt die Form {got} statt {expected}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="299" />
      <source>netbuilder's {type} would give shape {shape}, not {expected}</source>
      <translation>{type} von netbuilder würde die Form {shape} ergeben, nicht {expected}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="65" />
      <source>netbuilder, {date}        Name: ______________________________</source>
      <translation>netbuilder, {date}        Name: ______________________________</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="48" />
      <source>network</source>
      <translation>Netz</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="203" />
      <source>network {n}</source>
      <translation>Netz {n}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="356" />
      <source>no</source>
      <translation>keinen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="136" />
      <source>no batch</source>
      <translation>kein Stapel</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="351" />
      <source>no biases in this layer</source>
      <translation>keine Bias-Werte in dieser Schicht</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/camera_feed.py" line="148" />
      <source>no camera</source>
      <translation>keine Kamera</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment.py" line="217" />
      <source>no design</source>
      <translation>kein Entwurf</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="158" />
      <source>no document</source>
      <translation>kein Dokument</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="362" />
      <source>no gradients yet:
they appear while it trains</source>
      <translation>noch keine Gradienten:
sie erscheinen während des Trainings</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="337" />
      <source>no layer of the catalogue builds it</source>
      <translation>keine Schicht des Katalogs erzeugt es</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lessons.py" line="58" />
      <source>no lesson is open: open one first (File &gt; Open)</source>
      <translation>keine Lektion geöffnet: Öffnen Sie zuerst eine (Datei &gt; Öffnen)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="110" />
      <source>no pictures in {names} yet: hold Capture or use Add files for each</source>
      <translation>noch keine Bilder in {names}: Halten Sie die Aufnahme-Schaltfläche gedrückt oder verwenden Sie für jede Klasse „Dateien hinzufügen“</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="109" />
      <source>no pictures in {names} yet: hold Capture or use Add files for it</source>
      <translation>noch keine Bilder in {names}: Halten Sie die Aufnahme-Schaltfläche gedrückt oder verwenden Sie „Dateien hinzufügen“</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="84" />
      <source>no predictions</source>
      <translation>keine Vorhersagen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="362" />
      <source>no samples</source>
      <translation>keine Beispiele</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/session.py" line="303" />
      <source>no snapshot {index}: the timeline has {n_timeline}</source>
      <translation>keine Momentaufnahme {index}: Die Zeitleiste hat {n_timeline}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_checks.py" line="42" />
      <source>no trial of this sweep can train: {problem}</source>
      <translation>kein Versuch dieses Sweeps kann trainieren: {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet_pdf.py" line="153" />
      <source>no values</source>
      <translation>keine Werte</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="348" />
      <source>no weights</source>
      <translation>keine Gewichte</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="108" />
      <source>no {metric}</source>
      <translation>{metric}: kein Wert</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="400" />
      <source>node '{node_id}': </source>
      <translation>Knoten '{node_id}': </translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="359" />
      <source>node '{node}'</source>
      <translation>Knoten '{node}'</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="27" />
      <source>noise</source>
      <translation>Rauschen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="80" />
      <source>none</source>
      <translation>keiner</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="124" />
      <source>norm</source>
      <translation>Norm</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="94" />
      <source>not a regular file</source>
      <translation>keine reguläre Datei</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="354" />
      <source>not run: trial {number} with the same settings is running (in another process)</source>
      <translation>nicht ausgeführt: Versuch {number} mit denselben Einstellungen läuft bereits (in einem anderen Prozess)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="155" />
      <source>not smoothed</source>
      <translation>nicht geglättet</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="49" />
      <source>not valid JSON: {name} is not a JSON number; write a number instead</source>
      <translation>kein gültiges JSON: {name} ist keine JSON-Zahl; schreiben Sie stattdessen eine Zahl</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="85" />
      <source>nothing called {name!r} to sweep: use {known}, dropout, dropout:NODE_ID, units:NODE_ID or a training setting's path such as scheduler.gamma</source>
      <translation>nichts namens {name!r} für den Sweep: Verwenden Sie {known}, dropout, dropout:NODE_ID, units:NODE_ID oder den Pfad einer Trainingseinstellung wie scheduler.gamma</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/export.py" line="86" />
      <source>nothing has been trained in this session yet: train first, then save</source>
      <translation>in dieser Sitzung wurde noch nichts trainiert: Trainieren Sie zuerst und speichern Sie dann</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/session.py" line="389" />
      <source>nothing has been trained yet: press Train first</source>
      <translation>noch nichts trainiert: Drücken Sie zuerst auf „Trainieren“</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="147" />
      <source>nothing has been trained yet: train first</source>
      <translation>noch nichts trainiert: Trainieren Sie zuerst</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="137" />
      <source>nothing has been trained yet: train first, then save a checkpoint</source>
      <translation>noch nichts trainiert: Trainieren Sie zuerst und speichern Sie dann einen Checkpoint</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep_rows.py" line="29" />
      <source>now {value}</source>
      <translation>derzeit {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="129" />
      <source>null; input values must be numbers, not null</source>
      <translation>null; Eingabewerte müssen Zahlen sein, nicht null</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="221" />
      <source>occlusion needs a window and a stride of at least 1, not {window} and {stride}</source>
      <translation>Verdeckung braucht ein Fenster und eine Schrittweite von mindestens 1, nicht {window} und {stride}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="57" />
      <source>of the samples of this class, the share predicted as this class</source>
      <translation>von den Beispielen dieser Klasse der Anteil, der als diese Klasse vorhergesagt wurde</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="56" />
      <source>of the samples predicted as this class, the share that really are this class</source>
      <translation>von den als diese Klasse vorhergesagten Beispielen der Anteil, der wirklich zu dieser Klasse gehört</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="219" />
      <source>off</source>
      <translation>aus</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="56" />
      <source>on</source>
      <translation>auf</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="70" />
      <source>on {dataset} ({samples:,} samples) with {device}</source>
      <translation>mit {dataset} ({samples:,} Beispielen) auf {device}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="319" />
      <source>one tile per {what}, row by row</source>
      <translation>eine Kachel pro {what}, zeilenweise</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="166" />
      <source>only the learning rate can change during a run</source>
      <translation>nur die Lernrate kann sich während eines Laufs ändern</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="169" />
      <source>onnxruntime cannot run the exported model ({reason})</source>
      <translation>onnxruntime kann das exportierte Modell nicht ausführen ({reason})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="151" />
      <source>optimizer</source>
      <translation>Optimierer</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="408" />
      <source>out {out}</source>
      <translation>Ausgabe {out}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="87" />
      <source>output</source>
      <translation>Ausgabe</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="139" />
      <source>output channel</source>
      <translation>Ausgabekanal</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="139" />
      <source>output channels</source>
      <translation>Ausgabekanäle</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="173" />
      <source>output shape</source>
      <translation>Ausgabeform</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="102" />
      <source>output unit</source>
      <translation>Ausgabeeinheit</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/outputs.py" line="36" />
      <source>output: {values}</source>
      <translation>Ausgabe: {values}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="27" />
      <source>p</source>
      <translation>p</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="99" />
      <source>paler</source>
      <translation>blasser</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="173" />
      <source>parameters</source>
      <translation>Parameter</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="41" />
      <source>per layer</source>
      <translation>pro Schicht</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="41" />
      <source>per unit</source>
      <translation>pro Einheit</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="81" />
      <source>plateau</source>
      <translation>Plateau</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="182" />
      <source>plateau: epochs without progress before a cut.</source>
      <translation>plateau: Epochen ohne Fortschritt vor einer Senkung.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="186" />
      <source>plateau: the metric that must improve.</source>
      <translation>plateau: die Kennzahl, die sich verbessern muss.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="184" />
      <source>plateau: what each cut multiplies the rate by.</source>
      <translation>plateau: Faktor, mit dem jede Senkung die Rate multipliziert.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="55" />
      <source>precision</source>
      <translation>Präzision</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="153" />
      <source>pred {name}: {p:.2f}</source>
      <translation>vorh. {name}: {p:.2f}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="66" />
      <source>predicted</source>
      <translation>vorhergesagt</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="60" />
      <source>predicted class over the plane, {fade} where the network is less sure; points: training data</source>
      <translation>vorhergesagte Klasse über der Ebene, {fade}, wo das Netz weniger sicher ist; Punkte: Trainingsdaten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="63" />
      <source>predicted class over the plane; points: training data</source>
      <translation>vorhergesagte Klasse über der Ebene; Punkte: Trainingsdaten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="154" />
      <source>predicted class {name}: probability {p:.3f}</source>
      <translation>vorhergesagte Klasse {name}: Wahrscheinlichkeit {p:.3f}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="47" />
      <source>predicted value over the plane; points: training data, coloured by target</source>
      <translation>vorhergesagter Wert über der Ebene; Punkte: Trainingsdaten, nach Zielwert eingefärbt</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="326" />
      <source>predicted {name}: precision {precision} ({right:,} of the {total:,} samples predicted as {name} are class {name})</source>
      <translation>vorhergesagt {name}: Präzision {precision} ({right:,} der {total:,} als {name} vorhergesagten Beispiele gehören zur Klasse {name})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/outputs.py" line="30" />
      <source>prediction: {name} ({p:.2f})</source>
      <translation>Vorhersage: {name} ({p:.2f})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/inspection.py" line="141" />
      <source>predictions by class need a classification dataset with one class per sample</source>
      <translation>Vorhersagen nach Klasse brauchen einen Klassifikationsdatensatz mit einer Klasse pro Beispiel</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="92" />
      <source>predicts {rows} (off by more than {tolerance:g})</source>
      <translation>sagt {rows} vorher (um mehr als {tolerance:g} daneben)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="91" />
      <source>predicts {rows} (within {tolerance:g})</source>
      <translation>sagt {rows} vorher (innerhalb von {tolerance:g})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="117" />
      <source>preprocess is {shown}, not an object</source>
      <translation>preprocess ist {shown}, kein Objekt</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="130" />
      <source>preprocess.std holds 0; a standard deviation divides</source>
      <translation>preprocess.std enthält 0; durch eine Standardabweichung wird geteilt</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="125" />
      <source>preprocess.{key} is an empty list</source>
      <translation>preprocess.{key} ist eine leere Liste</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="87" />
      <source>probability</source>
      <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="55" />
      <source>probability of each class along the input; points: training data</source>
      <translation>Wahrscheinlichkeit jeder Klasse entlang der Eingabe; Punkte: Trainingsdaten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="52" />
      <source>probability of {name} along the input; points: training data</source>
      <translation>Wahrscheinlichkeit von {name} entlang der Eingabe; Punkte: Trainingsdaten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="57" />
      <source>probability of {name} over the plane ({fade} near 0.5); points: training data</source>
      <translation>Wahrscheinlichkeit von {name} über der Ebene ({fade} nahe 0,5); Punkte: Trainingsdaten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/outputs.py" line="33" />
      <source>probability of {name}: {p:.3f}</source>
      <translation>Wahrscheinlichkeit von {name}: {p:.3f}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/inspection.py" line="197" />
      <source>probe {kind!r}: {exc}</source>
      <translation>Messung {kind!r}: {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="100" />
      <source>problem is {shown}, not an object</source>
      <translation>problem ist {shown}, kein Objekt</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="105" />
      <source>problem.kind is {shown}, not one of {problem_kinds}</source>
      <translation>problem.kind ist {shown}, nicht eines von {problem_kinds}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="103" />
      <source>problem.loss is {shown}, not one of {losses}</source>
      <translation>problem.loss ist {shown}, nicht eines von {losses}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="27" />
      <source>pruned</source>
      <translation>abgebrochen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="149" />
      <source>query, key, value unit</source>
      <translation>Query-/Key-/Value-Einheit</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="326" />
      <source>ready to train</source>
      <translation>bereit zum Trainieren</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="55" />
      <source>recall</source>
      <translation>Trefferquote</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/autosave.py" line="187" />
      <source>recovered from the last session</source>
      <translation>aus der letzten Sitzung wiederhergestellt</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="105" />
      <source>relative to the largest</source>
      <translation>relativ zum größten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep_rows.py" line="14" />
      <source>repeat</source>
      <translation>Wiederholung</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plots.py" line="177" />
      <source>rewound here</source>
      <translation>hierher zurückgespult</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="173" />
      <source>rose to {recent:.3g} from {low:.3g}</source>
      <translation>stieg von {low:.3g} auf {recent:.3g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="26" />
      <source>rotation</source>
      <translation>Drehung</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="307" />
      <source>row</source>
      <translation>Zeile</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="50" />
      <source>row %</source>
      <translation>Zeilen-%</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="48" />
      <source>run</source>
      <translation>Lauf</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="137" />
      <source>run %p%</source>
      <translation>Lauf %p %</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="202" />
      <source>running it on an input of shape {shape} failed{where} ({exc}); check the input shape: one sample, without the batch</source>
      <translation>die Ausführung mit einer Eingabe der Form {shape} ist{where} fehlgeschlagen ({exc}); prüfen Sie die Eingabeform: ein Beispiel, ohne den Stapel</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="23" />
      <source>runs</source>
      <translation>Läufe</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="140" />
      <source>sample {index}</source>
      <translation>Beispiel {index}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/inspection.py" line="63" />
      <source>sample {index} is not in the {split} split ({n_x} samples)</source>
      <translation>Beispiel {index} ist nicht in der Aufteilung {split} ({n_x} Beispiele)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="145" />
      <source>samples</source>
      <translation>Beispiele</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="29" />
      <source>saturation</source>
      <translation>Sättigung</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="311" />
      <source>scalar</source>
      <translation>Skalar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="28" />
      <source>scale</source>
      <translation>Skalierung</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="175" />
      <source>scheduler</source>
      <translation>LR-Zeitplan</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="49" />
      <source>seconds</source>
      <translation>Sekunden</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="171" />
      <source>seed</source>
      <translation>Seed</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="143" />
      <source>select a layer first</source>
      <translation>wählen Sie zuerst eine Schicht aus</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="76" />
      <source>setting</source>
      <translation>Einstellung</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="157" />
      <source>sgd and rmsprop only: keep part of the previous step, like a rolling ball (0 to 1).</source>
      <translation>nur sgd und rmsprop: einen Teil des vorherigen Schritts beibehalten, wie eine rollende Kugel (0 bis 1).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/scene.py" line="325" />
      <source>shape ?</source>
      <translation>Form ?</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary.py" line="74" />
      <source>show probability</source>
      <translation>Wahrscheinlichkeit zeigen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="136" />
      <source>slice</source>
      <translation>Schnitt</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="136" />
      <source>slices</source>
      <translation>Schnitte</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plots.py" line="62" />
      <source>smoothed</source>
      <translation>geglättet</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="54" />
      <source>smoothing</source>
      <translation>Glättung</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="196" />
      <source>state_dict is not a set of named tensors</source>
      <translation>state_dict ist keine Menge benannter Tensoren</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="346" />
      <source>statistics ({n:,})</source>
      <translation>Statistiken ({n:,})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="48" />
      <source>status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="30" />
      <source>std</source>
      <translation>Std.-Abw.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="81" />
      <source>step</source>
      <translation>Stufen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="176" />
      <source>step: epochs between two cuts of the rate.</source>
      <translation>step: Epochen zwischen zwei Senkungen der Rate.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="178" />
      <source>step: what each cut multiplies the rate by.</source>
      <translation>step: Faktor, mit dem jede Senkung die Rate multipliziert.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="26" />
      <source>stopped</source>
      <translation>gestoppt</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="375" />
      <source>stopped before it finished: the sweep was stopped</source>
      <translation>vor dem Ende gestoppt: Der Sweep wurde gestoppt</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="23" />
      <source>student</source>
      <translation>Lernende</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="143" />
      <source>study {study_name!r} sweeps {attrs} by {netbuilder_metric}; give the same --param and --metric, or another --study name</source>
      <translation>Die Studie {study_name!r} durchsucht {attrs} und bewertet nach {netbuilder_metric}; geben Sie dieselben --param und --metric an oder einen anderen --study-Namen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="148" />
      <source>study {study_name!r} trained another design or other settings (--epochs, --limit...): its results would not compare; use another --study name</source>
      <translation>Die Studie {study_name!r} hat einen anderen Entwurf oder andere Einstellungen trainiert (--epochs, --limit...): Die Ergebnisse wären nicht vergleichbar; verwenden Sie einen anderen --study-Namen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="156" />
      <source>study {study_name!r} was made to {lower} its metric; this sweep would {direction} it: use another --study name</source>
      <translation>Die Studie {study_name!r} wurde mit der Richtung {lower} für ihre Kennzahl angelegt; dieser Sweep würde {direction} verwenden: Verwenden Sie einen anderen --study-Namen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="145" />
      <source>suggested {rate}</source>
      <translation>Vorschlag {rate}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="55" />
      <source>support</source>
      <translation>Anzahl</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="170" />
      <source>swings by {swing:.0%} of its level from batch to batch</source>
      <translation>schwankt von Stapel zu Stapel um {swing:.0%} seines Niveaus</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="90" />
      <source>tensor</source>
      <translation>Tensor</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="23" />
      <source>test</source>
      <translation>Test</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="49" />
      <source>test accuracy</source>
      <translation>Testgenauigkeit</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="121" />
      <source>test folder {root} has the classes {found} but the training folder has {classes}: they must be the same{links}</source>
      <translation>der Testordner {root} hat die Klassen {found}, der Trainingsordner aber {classes}: Sie müssen gleich sein{links}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="195" />
      <source>test has the key {shown}, not a name</source>
      <translation>test hat den Schlüssel {shown}, keinen Namen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="192" />
      <source>test is {shown}, not an object</source>
      <translation>test ist {shown}, kein Objekt</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="61" />
      <source>the CUDA device {device}</source>
      <translation>das CUDA-Gerät {device}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="28" />
      <source>the LR schedule</source>
      <translation>der LR-Zeitplan</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/tensorboard.py" line="74" />
      <source>the TensorBoard folder {folder} is a file; give a folder for the logs</source>
      <translation>der TensorBoard-Ordner {folder} ist eine Datei; geben Sie einen Ordner für die Logs an</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="28" />
      <source>the augmentation</source>
      <translation>die Augmentierung</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="27" />
      <source>the batch size</source>
      <translation>die Stapelgröße</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="56" />
      <source>the class</source>
      <translation>die Klasse</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="73" />
      <source>the clipboard does not hold netbuilder layers</source>
      <translation>die Zwischenablage enthält keine netbuilder-Schichten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="83" />
      <source>the clipboard holds a bad position for {node}</source>
      <translation>die Zwischenablage enthält eine ungültige Position für {node}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="88" />
      <source>the clipboard holds a connection to a layer it does not hold</source>
      <translation>die Zwischenablage enthält eine Verbindung zu einer Schicht, die sie nicht enthält</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="77" />
      <source>the clipboard holds an unknown layer: {layer}</source>
      <translation>die Zwischenablage enthält eine unbekannte Schicht: {layer}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="79" />
      <source>the clipboard holds bad parameters for {node}</source>
      <translation>die Zwischenablage enthält ungültige Parameter für {node}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="131" />
      <source>the clipboard holds no layers</source>
      <translation>die Zwischenablage enthält keine Schichten</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="27" />
      <source>the dataset</source>
      <translation>der Datensatz</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/inspection.py" line="50" />
      <source>the dataset '{dataset_name}' has no {name} split</source>
      <translation>der Datensatz '{dataset_name}' hat keine Aufteilung {name}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/trainer.py" line="395" />
      <source>the dataset '{dataset_name}' has no {split} split</source>
      <translation>der Datensatz '{dataset_name}' hat keine Aufteilung {split}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="88" />
      <source>the dataset '{name}'</source>
      <translation>der Datensatz '{name}'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/loading.py" line="27" />
      <source>the dataset must be an object like {{"name": "mnist"}}, not {spec!r}</source>
      <translation>der Datensatz muss ein Objekt wie {{"name": "mnist"}} sein, nicht {spec!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/loading.py" line="30" />
      <source>the dataset needs a 'name'; known datasets: {known}</source>
      <translation>der Datensatz braucht einen 'name'; bekannte Datensätze: {known}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/optim.py" line="12" />
      <source>the design has no trainable parameters: add a layer with weights (e.g. Linear)</source>
      <translation>der Entwurf hat keine trainierbaren Parameter: Fügen Sie eine Schicht mit Gewichten hinzu (z. B. Linear)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="200" />
      <source>the design has {wanted:,} weights but the file holds {held:,} values</source>
      <translation>der Entwurf hat {wanted:,} Gewichte, aber die Datei enthält {held:,} Werte</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="195" />
      <source>the design is locked</source>
      <translation>der Entwurf ist gesperrt</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="177" />
      <source>the design needs a name</source>
      <translation>der Entwurf braucht einen Namen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="103" />
      <source>the design's Input takes {size} ({shape})</source>
      <translation>der Input des Entwurfs erwartet {size} ({shape})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="207" />
      <source>the design's weight {names} is not in the file</source>
      <translation>das Gewicht {names} des Entwurfs ist nicht in der Datei</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="28" />
      <source>the device</source>
      <translation>das Gerät</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="146" />
      <source>the disk is full (or the quota is used up): nothing was saved there, and a file already there is unchanged; free some space or save elsewhere</source>
      <translation>der Datenträger ist voll (oder das Kontingent ist aufgebraucht): Dort wurde nichts gespeichert, und eine bereits vorhandene Datei ist unverändert; geben Sie Speicherplatz frei oder speichern Sie an einem anderen Ort</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="27" />
      <source>the epochs</source>
      <translation>die Epochen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="171" />
      <source>the exported model gives outputs of shape {got}, PyTorch {expected}</source>
      <translation>das exportierte Modell liefert Ausgaben der Form {got}, PyTorch {expected}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="175" />
      <source>the exported model's outputs differ from PyTorch's by up to {worst:.3g}</source>
      <translation>die Ausgaben des exportierten Modells weichen um bis zu {worst:.3g} von denen von PyTorch ab</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="209" />
      <source>the file holds the weight {names}, which the design does not have</source>
      <translation>die Datei enthält das Gewicht {names}, das der Entwurf nicht hat</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="262" />
      <source>the graph has a cycle through {nodes}</source>
      <translation>der Graph hat einen Zyklus über {nodes}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="58" />
      <source>the harmonic mean of precision and recall</source>
      <translation>das harmonische Mittel von Präzision und Trefferquote</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="167" />
      <source>the input is one row of {plural}; {width_note}</source>
      <translation>die Eingabe ist eine einzige Zeile ({plural}); {width_note}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="85" />
      <source>the layers</source>
      <translation>die Schichten</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="26" />
      <source>the learning rate</source>
      <translation>die Lernrate</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="192" />
      <source>the lesson</source>
      <translation>die Lektion</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="25" />
      <source>the loss</source>
      <translation>der Verlust</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="81" />
      <source>the model</source>
      <translation>das Modell</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="144" />
      <source>the model is in use (training or evaluating): pause or stop the run, wait for its current batch, then predict</source>
      <translation>das Modell ist in Gebrauch (Training oder Auswertung): Pausieren oder stoppen Sie den Lauf, warten Sie seinen aktuellen Stapel ab und sagen Sie dann vorher</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="66" />
      <source>the model is in use (training or evaluating): stop the run or let it end, then export</source>
      <translation>das Modell ist in Gebrauch (Training oder Auswertung): Stoppen Sie den Lauf oder lassen Sie ihn enden, dann exportieren Sie</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="26" />
      <source>the momentum</source>
      <translation>das Momentum</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/session.py" line="123" />
      <source>the network changed: start a new session for it</source>
      <translation>das Netz hat sich geändert: Starten Sie dafür eine neue Sitzung</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="145" />
      <source>the network sees:</source>
      <translation>das Netz sieht:</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="50" />
      <source>the network's output along its input; points: training data</source>
      <translation>Ausgabe des Netzes entlang seiner Eingabe; Punkte: Trainingsdaten</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="25" />
      <source>the number of samples</source>
      <translation>die Anzahl der Beispiele</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="43" />
      <source>the number {text}{more} is too large</source>
      <translation>die Zahl {text}{more} ist zu groß</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="25" />
      <source>the optimizer</source>
      <translation>der Optimierer</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="88" />
      <source>the other training settings</source>
      <translation>die übrigen Trainingseinstellungen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="28" />
      <source>the output</source>
      <translation>die Ausgabe</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="78" />
      <source>the preprocessing {key} has {n_value} values but a sample's first dimension has {first} (shape {shape})</source>
      <translation>die Vorverarbeitung {key} hat {n_value} Werte, aber die erste Dimension eines Beispiels hat {first} (Form {shape})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="379" />
      <source>the run has no finite {metric} to compare</source>
      <translation>der Lauf hat keinen endlichen Wert für {metric} zum Vergleichen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="96" />
      <source>the run {status}</source>
      <translation>Status des Laufs: {status}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="203" />
      <source>the runs and their boundaries do not match</source>
      <translation>die Läufe und ihre Grenzen passen nicht zusammen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="199" />
      <source>the runs and their curves do not match</source>
      <translation>die Läufe und ihre Kurven passen nicht zusammen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="348" />
      <source>the same settings as trial {number} ({state}): its result reused, not trained again</source>
      <translation>dieselben Einstellungen wie Versuch {number} ({state}): Sein Ergebnis wird wiederverwendet, nicht erneut trainiert</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="161" />
      <source>the saved loss curve has a different number of x values and losses</source>
      <translation>die gespeicherte Verlustkurve hat unterschiedlich viele x-Werte und Verluste</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="27" />
      <source>the seed</source>
      <translation>der Seed</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="57" />
      <source>the slow-motion delay must be a number of seconds, not {seconds!r}</source>
      <translation>die Zeitlupen-Verzögerung muss eine Anzahl Sekunden sein, nicht {seconds!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="60" />
      <source>the slow-motion delay must be between 0 and {limit:g} s, not {value:g}</source>
      <translation>die Zeitlupen-Verzögerung muss zwischen 0 und {limit:g} s liegen, nicht {value:g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="223" />
      <source>the test suggests no learning rate: the loss never fell below where it began</source>
      <translation>der Test schlägt keine Lernrate vor: Der Verlust fiel nie unter seinen Anfangswert</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="88" />
      <source>the training settings</source>
      <translation>die Trainingseinstellungen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="24" />
      <source>the validation split</source>
      <translation>der Validierungsanteil</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="26" />
      <source>the weight decay</source>
      <translation>der Weight Decay</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="213" />
      <source>the weight {name} has shape {shape} in the file but {shape2} in the design</source>
      <translation>das Gewicht {name} hat in der Datei die Form {shape}, im Entwurf aber {shape2}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="32" />
      <source>the {setting}</source>
      <translation>die Einstellung {setting}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="227" />
      <source>the {shown} largest of {total:,} features</source>
      <translation>die {shown} größten von {total:,} Merkmalen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/inspection.py" line="138" />
      <source>the {split} split has {n_x:,} samples; at most {max_samples:,} are shown</source>
      <translation>die Aufteilung {split} hat {n_x:,} Beispiele; höchstens {max_samples:,} werden gezeigt</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/export.py" line="101" />
      <source>there are no trained weights to export yet: train first (or open a checkpoint)</source>
      <translation>es gibt noch keine trainierten Gewichte zum Exportieren: Trainieren Sie zuerst (oder öffnen Sie einen Checkpoint)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lessons.py" line="60" />
      <source>there are no trained weights to save yet: train (and let the run end) first</source>
      <translation>es gibt noch keine trainierten Gewichte zum Speichern: Trainieren Sie zuerst (und lassen Sie den Lauf enden)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="53" />
      <source>there is a class '{text}' already: give each class its own name</source>
      <translation>es gibt bereits eine Klasse '{text}': Geben Sie jeder Klasse einen eigenen Namen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="247" />
      <source>there is no control named {name!r}</source>
      <translation>es gibt kein Steuerelement namens {name!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="219" />
      <source>there is no edge from {source} to {target}</source>
      <translation>es gibt keine Verbindung von {source} zu {target}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="129" />
      <source>there is no node '{node_id}'</source>
      <translation>es gibt keinen Knoten '{node_id}'</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="240" />
      <source>there is no panel named {name!r}</source>
      <translation>es gibt keinen Bereich namens {name!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="83" />
      <source>there is no run {number}</source>
      <translation>es gibt keinen Lauf {number}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="184" />
      <source>there is no training setting '{key}'; the settings are {names}</source>
      <translation>es gibt keine Trainingseinstellung '{key}'; die Einstellungen sind {names}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="35" />
      <source>this PyTorch build has no CUDA support (a CPU-only build)</source>
      <translation>dieser PyTorch-Build hat keine CUDA-Unterstützung (ein reiner CPU-Build)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/memory.py" line="181" />
      <source>this computer</source>
      <translation>dieser Computer</translation>
    </message>
    <message>
      <location filename="netbuilder/core/system.py" line="147" />
      <source>this container (its memory limit, {words}, of {limit})</source>
      <translation>dieser Container (seine Speichergrenze, {words}, von {limit})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/system.py" line="91" />
      <source>this process (its address-space limit, ulimit -v, of {limit})</source>
      <translation>dieser Prozess (seine Adressraumgrenze, ulimit -v, von {limit})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="295" />
      <source>this sweep changes the data (a dataset setting, the seed, the split or the limit): it cannot train every trial on one given dataset</source>
      <translation>dieser Sweep ändert die Daten (eine Datensatzeinstellung, den Seed, die Aufteilung oder das Limit): Er kann nicht jeden Versuch mit einem vorgegebenen Datensatz trainieren</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="145" />
      <source>token</source>
      <translation>Token</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/camera_feed.py" line="201" />
      <source>top: {classes}</source>
      <translation>Top: {classes}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="164" />
      <source>torch.fx cannot trace its forward() ({exc}); forward() must run the same steps for every input: no if, for or while on tensor values, no .item() or .tolist(); make such steps fixed or leave them out</source>
      <translation>torch.fx kann sein forward() nicht verfolgen ({exc}); forward() muss für jede Eingabe dieselben Schritte ausführen: kein if, for oder while auf Tensorwerten, kein .item() oder .tolist(); machen Sie solche Schritte fest oder lassen Sie sie weg</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="23" />
      <source>train</source>
      <translation>Training</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="34" />
      <source>trained</source>
      <translation>trainiert</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plots.py" line="219" />
      <source>training</source>
      <translation>Training</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="302" />
      <source>training could not start</source>
      <translation>Training konnte nicht starten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="88" />
      <source>training loss</source>
      <translation>Trainingsverlust</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plots.py" line="60" />
      <source>training loss (per batch)</source>
      <translation>Trainingsverlust (pro Stapel)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="259" />
      <source>training.loss: {loss!r} is not one of {losses}</source>
      <translation>training.loss: {loss!r} ist nicht eines von {losses}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="26" />
      <source>training.{where}: {problem}</source>
      <translation>training.{where}: {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="141" />
      <source>training: must be an object, not {data!r}</source>
      <translation>training: muss ein Objekt sein, nicht {data!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="271" />
      <source>trial {n}</source>
      <translation>Versuch {n}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="150" />
      <source>true class {name}: probability {p:.3f}</source>
      <translation>wahre Klasse {name}: Wahrscheinlichkeit {p:.3f}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="149" />
      <source>true {name}: {p:.2f}</source>
      <translation>wahr {name}: {p:.2f}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/followers.py" line="262" />
      <source>true {true}, predicted {pred}: {count:,} samples</source>
      <translation>wahr {true}, vorhergesagt {pred}: {count:,} Beispiele</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/followers.py" line="261" />
      <source>true {true}, predicted {pred}: {count:,} samples (the first {shown})</source>
      <translation>wahr {true}, vorhergesagt {pred}: {count:,} Beispiele (die ersten {shown})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="277" />
      <source>true {true}, predicted {pred}: {samples}{share}{correct}</source>
      <translation>wahr {true}, vorhergesagt {pred}: {samples}{share}{correct}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="173" />
      <source>type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="85" />
      <source>unit output</source>
      <translation>Ausgabe der Einheit</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations_view.py" line="326" />
      <source>unit {index}</source>
      <translation>Einheit {index}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="44" />
      <source>unit {unit} of {node}: its output along the input; points: training data</source>
      <translation>Einheit {unit} von {node}: ihre Ausgabe entlang der Eingabe; Punkte: Trainingsdaten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="41" />
      <source>unit {unit} of {node}: its output over the plane (orange &lt; 0 &lt; blue); points: training data</source>
      <translation>Einheit {unit} von {node}: ihre Ausgabe über der Ebene (orange &lt; 0 &lt; blau); Punkte: Trainingsdaten</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="338" />
      <source>units of layer {node} ({type} {parameter})</source>
      <translation>Einheiten der Schicht {node} ({type} {parameter})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/loading.py" line="32" />
      <source>unknown dataset {name!r}; known datasets: {known}</source>
      <translation>unbekannter Datensatz {name!r}; bekannte Datensätze: {known}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="40" />
      <source>unknown device {spec!r}; use {forms}</source>
      <translation>unbekanntes Gerät {spec!r}; verwenden Sie {forms}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="95" />
      <source>unknown explanation method {method!r}; one of {methods}</source>
      <translation>unbekannte Erklärungsmethode {method!r}; eine von {methods}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/view.py" line="223" />
      <source>unknown layer type '{layer}'</source>
      <translation>unbekannter Schichttyp '{layer}'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/registry.py" line="28" />
      <source>unknown layer type '{type_name}'</source>
      <translation>unbekannter Schichttyp '{type_name}'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="280" />
      <source>unknown parameter of {kind} (known: {known})</source>
      <translation>unbekannter Parameter von {kind} (bekannt: {known})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/inspection.py" line="193" />
      <source>unknown probe {kind!r}; one of {kinds}</source>
      <translation>unbekannte Messung {kind!r}; eine von {kinds}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="103" />
      <source>unknown setting (known: {keys})</source>
      <translation>unbekannte Einstellung (bekannt: {keys})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/inspection.py" line="47" />
      <source>unknown split {name!r}; use train, val or test</source>
      <translation>unbekannte Aufteilung {name!r}; verwenden Sie train, val oder test</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/trainer.py" line="393" />
      <source>unknown split {split!r}; use train, val or test</source>
      <translation>unbekannte Aufteilung {split!r}; verwenden Sie train, val oder test</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="24" />
      <source>val MAE</source>
      <translation>Val.-MAE</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="23" />
      <source>val accuracy</source>
      <translation>Val.-Genauigkeit</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="23" />
      <source>val loss</source>
      <translation>Val.-Verlust</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="23" />
      <source>validation</source>
      <translation>Validierung</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="326" />
      <source>validation accuracy</source>
      <translation>Validierungsgenauigkeit</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="202" />
      <source>validation accuracy {accuracy:.1f}%</source>
      <translation>Validierungsgenauigkeit {accuracy:.1f} %</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="141" />
      <source>validation fraction</source>
      <translation>Validierungsanteil</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/loop.py" line="221" />
      <source>validation loss</source>
      <translation>Validierungsverlust</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="200" />
      <source>validation loss {loss:.4g}</source>
      <translation>Validierungsverlust {loss:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="116" />
      <source>value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations_view.py" line="245" />
      <source>value {value:.4g}</source>
      <translation>Wert {value:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="145" />
      <source>values: {values}</source>
      <translation>Werte: {values}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="28" />
      <source>vertical</source>
      <translation>vertikal</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="162" />
      <source>weight decay</source>
      <translation>Weight Decay</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="116" />
      <source>weights</source>
      <translation>Gewichte</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="345" />
      <source>weights ({n:,})</source>
      <translation>Gewichte ({n:,})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="187" />
      <source>weights is not a set of named tensors</source>
      <translation>weights ist keine Menge benannter Tensoren</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="258" />
      <source>when the run stopped in epoch {epoch}</source>
      <translation>als der Lauf in Epoche {epoch} stoppte</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="41" />
      <source>whole network</source>
      <translation>ganzes Netz</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pool.py" line="34" />
      <source>window</source>
      <translation>Fenster</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="112" />
      <source>y = 2x + 1 on x = 0..99 (regression, unscaled x: try normalize).</source>
      <translation>y = 2x + 1 für x = 0..99 (Regression, x unskaliert: probieren Sie normalize).</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="110" />
      <source>y = 2x on x = 1..5 (regression); test is the training set.</source>
      <translation>y = 2x für x = 1..5 (Regression); die Testdaten sind die Trainingsdaten.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="244" />
      <source>{added} Not pictures, left out: {files}</source>
      <translation>{added} Keine Bilder, weggelassen: {files}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="97" />
      <source>{at} (node {node_id})</source>
      <translation>{at} (Knoten {node_id})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="107" />
      <source>{at}: 'params' must be an object</source>
      <translation>{at}: 'params' muss ein Objekt sein</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="135" />
      <source>{at}: 'port' must be a whole number &gt;= 0</source>
      <translation>{at}: 'port' muss eine ganze Zahl &gt;= 0 sein</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="116" />
      <source>{at}: 'position' must be [x, y] (two finite numbers)</source>
      <translation>{at}: 'position' muss [x, y] sein (zwei endliche Zahlen)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="93" />
      <source>{at}: a node must be an object with 'id' and 'type'</source>
      <translation>{at}: Ein Knoten muss ein Objekt mit 'id' und 'type' sein</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="96" />
      <source>{at}: a node needs an 'id' (a string)</source>
      <translation>{at}: Ein Knoten braucht eine 'id' (eine Zeichenkette)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="125" />
      <source>{at}: an edge must be an object with 'source' and 'target' node ids</source>
      <translation>{at}: Eine Kante muss ein Objekt mit den Knoten-IDs 'source' und 'target' sein</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="132" />
      <source>{at}: edge {src} -&gt; {dst} refers to a missing node {end}</source>
      <translation>{at}: Die Kante {src} -&gt; {dst} verweist auf einen fehlenden Knoten {end}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="137" />
      <source>{at}: input {port} of node '{dst}' is fed twice</source>
      <translation>{at}: Eingang {port} des Knotens '{dst}' wird zweimal gespeist</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="100" />
      <source>{at}: unknown field(s) {names}</source>
      <translation>{at}: unbekannte(s) Feld(er) {names}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="103" />
      <source>{at}: unknown layer type {shown}; 'type' must be a layer's name, like "Linear"</source>
      <translation>{at}: unbekannter Schichttyp {shown}; 'type' muss der Name einer Schicht sein, etwa "Linear"</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="110" />
      <source>{at}: {problem}</source>
      <translation>{at}: {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="120" />
      <source>{c_in:,} → {c_out:,} channels, {kernel}</source>
      <translation>{c_in:,} → {c_out:,} Kanäle, {kernel}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="382" />
      <source>{category} layer '{id}'</source>
      <translation>Schicht '{id}' (Kategorie {category})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/palette.py" line="118" />
      <source>{category} layers ({n})</source>
      <translation>Kategorie {category}: {n} Schichten</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="273" />
      <source>{causes}; the targets are large too (up to {top:.4g})</source>
      <translation>{causes}; auch die Zielwerte sind groß (bis {top:.4g})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="59" />
      <source>{clock} left</source>
      <translation>noch {clock}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="58" />
      <source>{clock} left  (paused)</source>
      <translation>noch {clock}  (pausiert)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="33" />
      <source>{cls_name} is not a class name; name the model as FILE.py:ClassName</source>
      <translation>{cls_name} ist kein Klassenname; geben Sie das Modell als FILE.py:ClassName an</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="67" />
      <source>{cls_name} needs constructor arguments ({needed}), but import builds it as {cls_name}(): give them default values, or import a subclass that passes them</source>
      <translation>{cls_name} braucht Konstruktorargumente ({needed}), aber der Import erzeugt es als {cls_name}(): Geben Sie ihnen Standardwerte oder importieren Sie eine Unterklasse, die sie übergibt</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="171" />
      <source>{cols} {col}</source>
      <translation>{cols} {col}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="344" />
      <source>{count:,} images of {shape} as uint8: {size}</source>
      <translation>{count:,} Bilder von {shape} als uint8: {size}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="275" />
      <source>{count:,} sample</source>
      <translation>{count:,} Beispiel</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="275" />
      <source>{count:,} samples</source>
      <translation>{count:,} Beispiele</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="95" />
      <source>{count} class folder is a link out of the folder, which netbuilder does not follow (a link could lead back in and loop): copy it in, or point the dataset at the folder that holds it</source>
      <translation>{count} Klassenordner ist eine Verknüpfung aus dem Ordner hinaus, der netbuilder nicht folgt (eine Verknüpfung könnte zurückführen und eine Schleife bilden): Kopieren Sie ihn hinein oder richten Sie den Datensatz auf den Ordner, der ihn enthält</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="92" />
      <source>{count} class folders are links out of the folder, which netbuilder does not follow (a link could lead back in and loop): copy them in, or point the dataset at the folder that holds them</source>
      <translation>{count} Klassenordner sind Verknüpfungen aus dem Ordner hinaus, denen netbuilder nicht folgt (eine Verknüpfung könnte zurückführen und eine Schleife bilden): Kopieren Sie sie hinein oder richten Sie den Datensatz auf den Ordner, der sie enthält</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/timeline.py" line="56" />
      <source>{count} snapshot, {used:.1f} MB of {budget:.0f} MB</source>
      <translation>{count} Momentaufnahme, {used:.1f} MB von {budget:.0f} MB</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/timeline.py" line="57" />
      <source>{count} snapshots, {used:.1f} MB of {budget:.0f} MB</source>
      <translation>{count} Momentaufnahmen, {used:.1f} MB von {budget:.0f} MB</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="33" />
      <source>{dataset_name} gives samples of shape {shape} ({size} values), but the design's Input '{input_id}' expects {expected} ({expected_size} values). Set the Input shape to {shape}.</source>
      <translation>{dataset_name} liefert Beispiele der Form {shape} ({size} Werte), aber der Input '{input_id}' des Entwurfs erwartet {expected} ({expected_size} Werte). Setzen Sie die Input-Form auf {shape}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="75" />
      <source>{dataset_name} has {per_sample} target value(s) per sample, but the output '{output_id}' gives {values} ({shape}). Set the last layer's size to {per_sample}.</source>
      <translation>{dataset_name} hat {per_sample} Zielwert(e) pro Beispiel, aber die Ausgabe '{output_id}' liefert {values} ({shape}). Setzen Sie die Größe der letzten Schicht auf {per_sample}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="62" />
      <source>{dataset_name}: the preprocessing scale, mean and std give values beyond float32's range; use a smaller scale or mean, or a larger std</source>
      <translation>{dataset_name}: scale, mean und std der Vorverarbeitung ergeben Werte außerhalb des Bereichs von float32; verwenden Sie ein kleineres scale oder mean oder ein größeres std</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="56" />
      <source>{dataset_name}: the preprocessing scale, mean and std must be numbers (or lists of numbers, one per channel)</source>
      <translation>{dataset_name}: scale, mean und std der Vorverarbeitung müssen Zahlen sein (oder Listen von Zahlen, eine pro Kanal)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="59" />
      <source>{dataset_name}: the preprocessing std must not be 0</source>
      <translation>{dataset_name}: std der Vorverarbeitung darf nicht 0 sein</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="62" />
      <source>{dataset_name}: unknown task {task!r}</source>
      <translation>{dataset_name}: unbekannte Aufgabe {task!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/memory.py" line="190" />
      <source>{design_name}: its {total_params:,} parameters need {needed} for the weights alone, but {where} has {free} free. The largest layers: {biggest}. Make them smaller.</source>
      <translation>{design_name}: Die {total_params:,} Parameter brauchen allein für die Gewichte {needed}, aber {where} hat {free} frei. Die größten Schichten: {biggest}. Verkleinern Sie sie.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/trainer.py" line="114" />
      <source>{design_name}: the output shape cannot be inferred</source>
      <translation>{design_name}: Die Ausgabeform lässt sich nicht ermitteln</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/memory.py" line="172" />
      <source>{design_name}: training needs about {needed} ({parts}), but {device} has {free} free. The largest layers: {biggest}. Make them smaller (fewer units, channels or features), use a smaller batch size, or train on a device with more memory{limit}.</source>
      <translation>{design_name}: Das Training braucht etwa {needed} ({parts}), aber {device} hat {free} frei. Die größten Schichten: {biggest}. Verkleinern Sie sie (weniger Einheiten, Kanäle oder Merkmale), verwenden Sie eine kleinere Stapelgröße oder trainieren Sie auf einem Gerät mit mehr Speicher{limit}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/compiler.py" line="124" />
      <source>{design}: node '{node_id}': {problem}</source>
      <translation>{design}: Knoten '{node_id}': {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/compiler.py" line="126" />
      <source>{design}: {problem}</source>
      <translation>{design}: {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="272" />
      <source>{done} Best: {run}, {metric} {value} ({settings}).</source>
      <translation>{done} Bester: {run}, {metric} {value} ({settings}).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="101" />
      <source>{done} of {total}</source>
      <translation>{done} von {total}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="208" />
      <source>{epochs} epoch in {seconds:.1f} s</source>
      <translation>{epochs} Epoche in {seconds:.1f} s</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="209" />
      <source>{epochs} epochs in {seconds:.1f} s</source>
      <translation>{epochs} Epochen in {seconds:.1f} s</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="195" />
      <source>{field}: {problem}</source>
      <translation>{field}: {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="56" />
      <source>{file} has no class {cls_name}{hint}</source>
      <translation>{file} hat keine Klasse {cls_name}{hint}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="38" />
      <source>{file}: cannot load it as Python source; give a .py file</source>
      <translation>{file}: kann nicht als Python-Quelltext geladen werden; geben Sie eine .py-Datei an</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="31" />
      <source>{file}: no such file</source>
      <translation>{file}: Datei nicht gefunden</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="30" />
      <source>{file}: no such file (it is a folder)</source>
      <translation>{file}: keine solche Datei (es ist ein Ordner)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="49" />
      <source>{file}: running the file failed: {exc}</source>
      <translation>{file}: Ausführen der Datei fehlgeschlagen: {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="59" />
      <source>{file}: {cls_name} is not an nn.Module class</source>
      <translation>{file}: {cls_name} ist keine nn.Module-Klasse</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="40" />
      <source>{first} and {last}</source>
      <translation>{first} und {last}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="41" />
      <source>{first}, {rest}</source>
      <translation>{first}, {rest}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="205" />
      <source>{first}, {then}</source>
      <translation>{first}, {then}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="202" />
      <source>{flops:,} floating-point operations to run one sample forward (a multiply-add counts 2); {size:,} bytes of layer outputs kept for the backward pass</source>
      <translation>{flops:,} Gleitkommaoperationen für den Vorwärtsdurchlauf eines Beispiels (eine Multiplikation mit Addition zählt 2); {size:,} Byte Schichtausgaben, die für den Rückwärtsdurchlauf aufbewahrt werden</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_tensorboard.py" line="112" />
      <source>{folder}
Click to choose another folder for the TensorBoard logs.</source>
      <translation>{folder}
Klicken Sie, um einen anderen Ordner für die TensorBoard-Logs zu wählen.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="264" />
      <source>{folder} holds {n} work files; the first {most} by name are opened: split the class into folders of at most {most}</source>
      <translation>{folder} enthält {n} Arbeitsdateien; geöffnet werden die ersten {most} nach Namen: Teilen Sie die Klasse auf Ordner mit höchstens {most} Dateien auf</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="260" />
      <source>{folder}: no such folder</source>
      <translation>{folder}: Ordner nicht gefunden</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="111" />
      <source>{found}; {more}</source>
      <translation>{found}; {more}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="57" />
      <source>{help} It may change during a run: it applies from the next batch.</source>
      <translation>{help} Auch während eines Laufs änderbar: Die Änderung gilt ab dem nächsten Stapel.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="119" />
      <source>{item!r} is not one of {choices}</source>
      <translation>{item!r} ist nicht eines von {choices}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="237" />
      <source>{kept}{note}</source>
      <translation>{kept}{note}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="274" />
      <source>{kind!r} is not one of {kinds}</source>
      <translation>{kind!r} ist nicht eines von {kinds}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="110" />
      <source>{kind} is there, not a regular file; netbuilder writes only regular files and leaves it as it is: give another file name</source>
      <translation>Dort befindet sich {kind}, keine reguläre Datei; netbuilder schreibt nur reguläre Dateien und lässt es unverändert: Geben Sie einen anderen Dateinamen an</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="41" />
      <source>{kind} pictures (*{suffix})</source>
      <translation>{kind}-Bilder (*{suffix})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="121" />
      <source>{label} does not keep the batch as its first size; netbuilder reshapes each sample: write x.view(x.size(0), ...) or x.reshape(-1, ...)</source>
      <translation>{label} behält den Stapel nicht als erste Größe; netbuilder formt jedes Beispiel einzeln um: Schreiben Sie x.view(x.size(0), ...) oder x.reshape(-1, ...)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/session.py" line="348" />
      <source>{label} ended before it had weights ({status}); nothing to restore</source>
      <translation>{label} endete ohne Gewichte ({status}); nichts wiederherzustellen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="79" />
      <source>{label} has no layer type in netbuilder's catalogue; build forward() from catalogue layers (see the editor's palette), or leave it out</source>
      <translation>{label} hat keinen Schichttyp im Katalog von netbuilder; bauen Sie forward() aus Katalogschichten auf (siehe die Palette des Editors) oder lassen Sie es weg</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="152" />
      <source>{label} has {name}={value!r}, which nn.{layer} (netbuilder's layer) cannot take</source>
      <translation>{label} hat {name}={value!r}, was nn.{layer} (die Schicht von netbuilder) nicht annehmen kann</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="319" />
      <source>{label} is a sweep's trial: its curves and settings are in the Runs view; its weights were not kept, so it cannot be restored.</source>
      <translation>{label} ist ein Versuch eines Sweeps: Seine Kurven und Einstellungen sind in der Ansicht „Läufe“; seine Gewichte wurden nicht behalten, daher lässt er sich nicht wiederherstellen.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="85" />
      <source>{label} is a sweep's trial: its weights were not kept (the Runs view compares it)</source>
      <translation>{label} ist ein Versuch eines Sweeps: Seine Gewichte wurden nicht behalten (die Ansicht „Läufe“ vergleicht ihn)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="139" />
      <source>{label} is not applied to a layer output</source>
      <translation>{label} wird nicht auf eine Schichtausgabe angewendet</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/vision.py" line="46" />
      <source>{label} not found in {root} (looked for {where}){why}; pass --data-dir or set {data_dir_env} to a folder that contains {folder}, or {fix}</source>
      <translation>{label} nicht in {root} gefunden (gesucht: {where}){why}; übergeben Sie --data-dir oder setzen Sie {data_dir_env} auf einen Ordner, der {folder} enthält, oder {fix}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="125" />
      <source>{label} on {device} ({seconds:.1f} s). </source>
      <translation>{label} auf {device} ({seconds:.1f} s). </translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="128" />
      <source>{label} on {device} ({seconds:.1f} s). Changed: {changed}</source>
      <translation>{label} auf {device} ({seconds:.1f} s). Geändert: {changed}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="125" />
      <source>{label} reshapes no layer output</source>
      <translation>{label} formt keine Schichtausgabe um</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="94" />
      <source>{label} scales what it adds (alpha); netbuilder's Add only sums</source>
      <translation>{label} skaliert, was es addiert (alpha); Add von netbuilder summiert nur</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="145" />
      <source>{label} takes a second tensor ({name}={arg_name}); netbuilder's {layer} takes its input only</source>
      <translation>{label} nimmt einen zweiten Tensor ({name}={arg_name}); {layer} von netbuilder nimmt nur seine Eingabe</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/session.py" line="351" />
      <source>{label} trained a different network (layers or connections changed since); its weights do not fit this one</source>
      <translation>{label} hat ein anderes Netz trainiert (Schichten oder Verbindungen haben sich seitdem geändert); seine Gewichte passen nicht zu diesem</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="89" />
      <source>{label} trained a different network from the one on the canvas (layers or connections changed since); its weights do not fit it</source>
      <translation>{label} hat ein anderes Netz trainiert als das auf der Arbeitsfläche (Schichten oder Verbindungen haben sich seitdem geändert); seine Gewichte passen nicht dazu</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="257" />
      <source>{label} uses {node_name!r}, which is not a layer's output</source>
      <translation>{label} verwendet {node_name!r}, das keine Ausgabe einer Schicht ist</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="105" />
      <source>{label} writes into out=; netbuilder's {type_name} cannot</source>
      <translation>{label} schreibt in out=; {type_name} von netbuilder kann das nicht</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="102" />
      <source>{label} {what}; netbuilder's {type_name} joins two or more layer outputs</source>
      <translation>{label} {what}; {type_name} von netbuilder verbindet zwei oder mehr Schichtausgaben</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="134" />
      <source>{label}: cannot read its arguments</source>
      <translation>{label}: Argumente nicht lesbar</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="157" />
      <source>{label}: its arguments do not make an nn.{name} ({exc})</source>
      <translation>{label}: Aus seinen Argumenten entsteht kein nn.{name} ({exc})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="316" />
      <source>{label}: sweep trial {trial}, {state}, 1 epoch (not restorable)</source>
      <translation>{label}: Sweep-Versuch {trial}, {state}, 1 Epoche (nicht wiederherstellbar)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="317" />
      <source>{label}: sweep trial {trial}, {state}, {epochs} epochs (not restorable)</source>
      <translation>{label}: Sweep-Versuch {trial}, {state}, {epochs} Epochen (nicht wiederherstellbar)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep_rows.py" line="41" />
      <source>{label}: write a range (low..high) or choices (a,b,c), or uncheck it.</source>
      <translation>{label}: Geben Sie einen Bereich (low..high) oder Auswahlen (a,b,c) an oder entfernen Sie das Häkchen.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="122" />
      <source>{label}: {status}, 1 epoch</source>
      <translation>{label}: {status}, 1 Epoche</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="124" />
      <source>{label}: {status}, {epochs} epochs</source>
      <translation>{label}: {status}, {epochs} Epochen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="332" />
      <source>{layers} layers · {params} parameters · {state} (checked in {ms:.1f} ms)</source>
      <translation>{layers} Schichten · {params} Parameter · {state} (geprüft in {ms:.1f} ms)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="99" />
      <source>{learn:,} parameters learn; {frozen:,} are frozen (they keep their pretrained values)</source>
      <translation>{learn:,} Parameter lernen; {frozen:,} sind eingefroren (sie behalten ihre vortrainierten Werte)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="66" />
      <source>{loss} is a loss for classes, but {dataset_name} is a regression dataset (numbers to predict). Use mse or l1.</source>
      <translation>{loss} ist ein Verlust für Klassen, aber {dataset_name} ist ein Regressionsdatensatz (Zahlen vorhersagen). Verwenden Sie mse oder l1.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="197" />
      <source>{memory} (too much)</source>
      <translation>{memory} (zu viel)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/loop.py" line="246" />
      <source>{message} {summary}</source>
      <translation>{message} {summary}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/loop.py" line="247" />
      <source>{message}{note}</source>
      <translation>{message}{note}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="118" />
      <source>{method} on {node}</source>
      <translation>{method} auf {node}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="102" />
      <source>{method} takes no option {option!r}</source>
      <translation>{method} hat keine Option {option!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="100" />
      <source>{method} takes no option {option!r} (only {options})</source>
      <translation>{method} hat keine Option {option!r} (nur {options})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="280" />
      <source>{method}: red adds to the score, blue takes away</source>
      <translation>{method}: Rot erhöht den Wert, Blau verringert ihn</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="156" />
      <source>{metric}
(higher is better)</source>
      <translation>{metric}
(höher ist besser)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="156" />
      <source>{metric}
(log, higher is better)</source>
      <translation>{metric}
(log, höher ist besser)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="153" />
      <source>{metric}
(log, lower is better)</source>
      <translation>{metric}
(log, niedriger ist besser)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="153" />
      <source>{metric}
(lower is better)</source>
      <translation>{metric}
(niedriger ist besser)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="107" />
      <source>{metric} {value:.4g} (wanted {sign} {target:g})</source>
      <translation>{metric} {value:.4g} (gewünscht {sign} {target:g})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="261" />
      <source>{metric}: higher is better</source>
      <translation>{metric}: höher ist besser</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="260" />
      <source>{metric}: lower is better</source>
      <translation>{metric}: niedriger ist besser</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="85" />
      <source>{monitor!r} is not measured on {dataset_name} ({kind} dataset); use one of {offered}</source>
      <translation>{monitor!r} wird bei {dataset_name} nicht gemessen ({kind}-Datensatz); verwenden Sie eines von {offered}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="81" />
      <source>{ms} ms/batch</source>
      <translation>{ms} ms/Stapel</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="154" />
      <source>{n:,} batches</source>
      <translation>{n:,} Stapel</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="321" />
      <source>{n:,} filters of {size}</source>
      <translation>{n:,} Filter der Größe {size}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/scene.py" line="329" />
      <source>{n:,} param</source>
      <translation>{n:,} Param.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/scene.py" line="330" />
      <source>{n:,} params</source>
      <translation>{n:,} Param.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="80" />
      <source>{n:,} times</source>
      <translation>{n:,}-mal</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="388" />
      <source>{n:,} trainable parameter</source>
      <translation>{n:,} trainierbarer Parameter</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="389" />
      <source>{n:,} trainable parameters</source>
      <translation>{n:,} trainierbare Parameter</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="372" />
      <source>{n:,} trainable parameters in all</source>
      <translation>{n:,} trainierbare Parameter insgesamt</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="22" />
      <source>{n:,} weight</source>
      <translation>{n:,} Gewicht</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="22" />
      <source>{n:,} weights</source>
      <translation>{n:,} Gewichte</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="88" />
      <source>{names} and {n} more</source>
      <translation>{names} und {n} weitere</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="152" />
      <source>{names}, ... ({count:,} in all)</source>
      <translation>{names}, ... ({count:,} insgesamt)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="150" />
      <source>{name} (cannot be read)</source>
      <translation>{name} (nicht lesbar)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="185" />
      <source>{name} and {more:,} more</source>
      <translation>{name} und {more:,} weitere</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="125" />
      <source>{name} scalar</source>
      <translation>{name}: Skalar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/camera_feed.py" line="199" />
      <source>{name} {p:.2f}</source>
      <translation>{name} {p:.2f}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="125" />
      <source>{name} {shape}</source>
      <translation>{name} {shape}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/gallery.py" line="190" />
      <source>{name}.json: {count} layer</source>
      <translation>{name}.json: {count} Schicht</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/gallery.py" line="191" />
      <source>{name}.json: {count} layers</source>
      <translation>{name}.json: {count} Schichten</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="115" />
      <source>{name}: a {node} has no dropout; dropout:NODE_ID names a Dropout layer or a layer with a dropout setting (LSTM, GRU, RNN, attention)</source>
      <translation>{name}: Ein {node} hat kein Dropout; dropout:NODE_ID benennt eine Dropout-Schicht oder eine Schicht mit einer Dropout-Einstellung (LSTM, GRU, RNN, Attention)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="108" />
      <source>{name}: a {node} has no units; units:NODE_ID names a {units} layer</source>
      <translation>{name}: Ein {node} hat keine Einheiten; units:NODE_ID benennt eine {units}-Schicht</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="104" />
      <source>{name}: no images to preview (samples of shape {shape})</source>
      <translation>{name}: keine Bilder für die Vorschau (Beispiele der Form {shape})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="103" />
      <source>{name}: the design has no layer {node_id!r} (its layers: {nodes})</source>
      <translation>{name}: Der Entwurf hat keine Schicht {node_id!r} (seine Schichten: {nodes})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="384" />
      <source>{name}: {classes} classes; {why}{preprocessing}</source>
      <translation>{name}: {classes} Klassen; {why}{preprocessing}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="296" />
      <source>{name}: {rows} rows, {features} features, target {target!r} ({task})</source>
      <translation>{name}: {rows} Zeilen, {features} Merkmale, Zielgröße {target!r} ({task})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="268" />
      <source>{name}={value!r}: {problem}</source>
      <translation>{name}={value!r}: {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="94" />
      <source>{node_id} is not a valid node id: use letters, digits and _, not starting with a digit, and not a reserved name</source>
      <translation>{node_id} ist keine gültige Knoten-ID: Verwenden Sie Buchstaben, Ziffern und _, keine Ziffer am Anfang und keinen reservierten Namen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="43" />
      <source>{node_id} is on or between cycles ({cycle} is one). A network must flow one way: remove one of the connections that lead back.</source>
      <translation>{node_id} liegt auf oder zwischen Zyklen ({cycle} ist einer davon). Ein Netz muss in eine Richtung fließen: Entfernen Sie eine der Verbindungen, die zurückführen.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="40" />
      <source>{node_id} is part of a cycle ({cycle}). A network must flow one way: remove one of the connections that lead back.</source>
      <translation>{node_id} ist Teil eines Zyklus ({cycle}). Ein Netz muss in eine Richtung fließen: Entfernen Sie eine der Verbindungen, die zurückführen.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations_view.py" line="334" />
      <source>{node} ({type}): click to select it on the canvas</source>
      <translation>{node} ({type}): Klicken, um es auf der Arbeitsfläche auszuwählen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="123" />
      <source>{node} cannot feed any other layer</source>
      <translation>{node} kann keine andere Schicht speisen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="92" />
      <source>{node} dropout</source>
      <translation>{node}: Dropout</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="139" />
      <source>{node} has no connections</source>
      <translation>{node} hat keine Verbindungen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="90" />
      <source>{node} units</source>
      <translation>{node}: Einheiten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="171" />
      <source>{node} · {type} · no weights</source>
      <translation>{node} · {type} · keine Gewichte</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="129" />
      <source>{node} · {type} · {count}</source>
      <translation>{node} · {type} · {count}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="127" />
      <source>{node} · {type} · {shape} · {count}</source>
      <translation>{node} · {type} · {shape} · {count}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations_view.py" line="313" />
      <source>{node}, channel {channel} at ({y}, {x}): {value:.4g}</source>
      <translation>{node}, Kanal {channel} bei ({y}, {x}): {value:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations_view.py" line="332" />
      <source>{node}, row {r}, column {c}: {value:.4g}</source>
      <translation>{node}, Zeile {r}, Spalte {c}: {value:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations_view.py" line="327" />
      <source>{node}, {name}: {value:.4g}</source>
      <translation>{node}, {name}: {value:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="86" />
      <source>{node}: {message}</source>
      <translation>{node}: {message}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="65" />
      <source>{note}: {text}</source>
      <translation>{note}: {text}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="263" />
      <source>{note}Finding a learning rate: about a hundred batches at growing rates, on a copy of the weights…</source>
      <translation>{note}Lernrate wird gesucht: etwa hundert Stapel mit wachsenden Raten, auf einer Kopie der Gewichte…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="135" />
      <source>{n} batches from {low} to {high}</source>
      <translation>{n} Stapel von {low} bis {high}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="371" />
      <source>{n} layer</source>
      <translation>{n} Schicht</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="371" />
      <source>{n} layers</source>
      <translation>{n} Schichten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="108" />
      <source>{n} others</source>
      <translation>{n} weitere</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect_row.py" line="90" />
      <source>{n} picture</source>
      <translation>{n} Bild</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect_row.py" line="90" />
      <source>{n} pictures</source>
      <translation>{n} Bilder</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="326" />
      <source>{n} problem</source>
      <translation>{n} Problem</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="327" />
      <source>{n} problems</source>
      <translation>{n} Probleme</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="352" />
      <source>{n} steps</source>
      <translation>{n} Schritte</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="63" />
      <source>{n} student's work from {folder}; each run is a row of the runs table and a curve in the Curves tab, labelled with the student's name.</source>
      <translation>Arbeit von {n} Lernenden aus {folder}; jeder Lauf ist eine Zeile der Tabelle der Läufe und eine Kurve in der Registerkarte „Kurven“, beschriftet mit dem Namen der lernenden Person.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="65" />
      <source>{n} students' work from {folder}; each run is a row of the runs table and a curve in the Curves tab, labelled with the student's name.</source>
      <translation>Arbeiten von {n} Lernenden aus {folder}; jeder Lauf ist eine Zeile der Tabelle der Läufe und eine Kurve in der Registerkarte „Kurven“, beschriftet mit dem Namen der lernenden Person.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="123" />
      <source>{n} value</source>
      <translation>{n} Wert</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="123" />
      <source>{n} values</source>
      <translation>{n} Werte</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="158" />
      <source>{n}. {step}</source>
      <translation>{n}. {step}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="157" />
      <source>{n}. {step}  (the step shown now)</source>
      <translation>{n}. {step}  (der jetzt gezeigte Schritt)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="141" />
      <source>{opened}; {n} file skipped (see the Class tab)</source>
      <translation>{opened}; {n} Datei übersprungen (siehe Registerkarte „Klasse“)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="142" />
      <source>{opened}; {n} files skipped (see the Class tab)</source>
      <translation>{opened}; {n} Dateien übersprungen (siehe Registerkarte „Klasse“)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="68" />
      <source>{option} {text}: give the shape of one sample, without the batch, as whole numbers of at least 1 separated by commas, e.g. 1,28,28</source>
      <translation>{option} {text}: Geben Sie die Form eines Beispiels ohne den Stapel als ganze Zahlen von mindestens 1 an, durch Kommas getrennt, z. B. 1,28,28</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="159" />
      <source>{owner}: Run {number}</source>
      <translation>{owner}: Lauf {number}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="82" />
      <source>{panel} panel</source>
      <translation>Bereich {panel}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="238" />
      <source>{param_name} is given twice: keep one</source>
      <translation>{param_name} ist doppelt angegeben: Behalten Sie eines</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/summary.py" line="17" />
      <source>{params:,} + {frozen:,} frozen</source>
      <translation>{params:,} + {frozen:,} eingefroren</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="37" />
      <source>{path} -&gt; ... ({n} layers)</source>
      <translation>{path} -&gt; ... ({n} Schichten)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="93" />
      <source>{path} already holds files: choose a new or empty folder (netbuilder never mixes your pictures into another folder)</source>
      <translation>{path} enthält bereits Dateien: Wählen Sie einen neuen oder leeren Ordner (netbuilder mischt Ihre Bilder nie in einen anderen Ordner)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="96" />
      <source>{path} cannot be read ({reason}): choose another folder</source>
      <translation>{path} kann nicht gelesen werden ({reason}): Wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="90" />
      <source>{path} is a file, not a folder: choose a new or empty folder</source>
      <translation>{path} ist eine Datei, kein Ordner: Wählen Sie einen neuen oder leeren Ordner</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="73" />
      <source>{path}: 'pid' is {pid}, not a process id</source>
      <translation>{path}: 'pid' ist {pid}, keine Prozess-ID</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="86" />
      <source>{path}: 'saved_at' is {when}, not a time</source>
      <translation>{path}: 'saved_at' ist {when}, keine Zeitangabe</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="142" />
      <source>{path}: a regression model predicts numbers, not classes; use predict()</source>
      <translation>{path}: Ein Regressionsmodell sagt Zahlen vorher, keine Klassen; verwenden Sie predict()</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="166" />
      <source>{path}: a zip file, but not a lesson saved with weights (it needs {BUNDLE_LESSON} and {BUNDLE_WEIGHTS})</source>
      <translation>{path}: eine ZIP-Datei, aber keine mit Gewichten gespeicherte Lektion (sie braucht {BUNDLE_LESSON} und {BUNDLE_WEIGHTS})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="118" />
      <source>{path}: cannot be read ({reason})</source>
      <translation>{path}: kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="54" />
      <source>{path}: cannot be read ({strerror})</source>
      <translation>{path}: kann nicht gelesen werden ({strerror})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="146" />
      <source>{path}: cannot be saved: its weights are {size:,} bytes, more than the {MAX_WEIGHTS_BYTES:,} a lesson with weights may hold (netbuilder would refuse to open it)</source>
      <translation>{path}: kann nicht gespeichert werden: Die Gewichte haben {size:,} Byte, mehr als die {MAX_WEIGHTS_BYTES:,}, die eine Lektion mit Gewichten enthalten darf (netbuilder würde das Öffnen verweigern)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="142" />
      <source>{path}: cannot be saved: its weights cannot be read ({reason})</source>
      <translation>{path}: kann nicht gespeichert werden: Die Gewichte können nicht gelesen werden ({reason})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="150" />
      <source>{path}: cannot be saved: the lesson is larger than a lesson can be ({MAX_LESSON_BYTES:,} bytes)</source>
      <translation>{path}: kann nicht gespeichert werden: Die Lektion ist größer, als eine Lektion sein darf ({MAX_LESSON_BYTES:,} Byte)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="181" />
      <source>{path}: cannot save the design: {reason}; fix that value and save again</source>
      <translation>{path}: Der Entwurf kann nicht gespeichert werden: {reason}; korrigieren Sie diesen Wert und speichern Sie erneut</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="176" />
      <source>{path}: damaged or incomplete lesson file ({reason})</source>
      <translation>{path}: beschädigte oder unvollständige Lektionsdatei ({reason})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="191" />
      <source>{path}: it was not saved with weights</source>
      <translation>{path}: wurde nicht mit Gewichten gespeichert</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="89" />
      <source>{path}: its 'design' is {shown}, not a design</source>
      <translation>{path}: 'design' ist {shown}, kein Entwurf</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="93" />
      <source>{path}: its 'path' {original} is not a file name; the design comes back unnamed</source>
      <translation>{path}: 'path' {original} ist kein Dateiname; der Entwurf wird ohne Namen wiederhergestellt</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="117" />
      <source>{path}: its 'weights' {name} is not a file in the recovery folder</source>
      <translation>{path}: 'weights' {name} ist keine Datei im Wiederherstellungsordner</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="98" />
      <source>{path}: its 'weights' {weights} is not a file in the recovery folder; the design comes back without trained weights</source>
      <translation>{path}: 'weights' {weights} ist keine Datei im Wiederherstellungsordner; der Entwurf wird ohne trainierte Gewichte wiederhergestellt</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="178" />
      <source>{path}: its {file}</source>
      <translation>{path}: Eintrag {file}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="171" />
      <source>{path}: its {file} is larger than a lesson can be</source>
      <translation>{path}: Eintrag {file} ist größer, als eine Lektion sein darf</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="56" />
      <source>{path}: more than a recovery file can be ({limit:,} bytes)</source>
      <translation>{path}: größer, als eine Wiederherstellungsdatei sein darf ({limit:,} Byte)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="66" />
      <source>{path}: not UTF-8 text</source>
      <translation>{path}: kein UTF-8-Text</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="69" />
      <source>{path}: not a netbuilder recovery record (its 'format' is not {format!r})</source>
      <translation>{path}: kein netbuilder-Wiederherstellungseintrag ('format' ist nicht {format!r})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="42" />
      <source>{path}: not a regular file ({file_kind}); netbuilder does not open it</source>
      <translation>{path}: keine reguläre Datei ({file_kind}); netbuilder öffnet sie nicht</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="51" />
      <source>{path}: not a regular file; netbuilder does not open it</source>
      <translation>{path}: keine reguläre Datei; netbuilder öffnet sie nicht</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="116" />
      <source>{path}: not a text file (a lesson is JSON, UTF-8)</source>
      <translation>{path}: keine Textdatei (eine Lektion ist JSON, UTF-8)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="81" />
      <source>{path}: recovery record version {version} is not one this netbuilder reads ({known})</source>
      <translation>{path}: Version {version} des Wiederherstellungseintrags kann diese netbuilder-Version nicht lesen ({known})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="45" />
      <source>{path}: {st_size:,} bytes, more than a recovery file can be ({limit:,})</source>
      <translation>{path}: {st_size:,} Byte, größer, als eine Wiederherstellungsdatei sein darf ({limit:,})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_chart.py" line="33" />
      <source>{percent:.1f}%</source>
      <translation>{percent:.1f} %</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="274" />
      <source>{problem}. {causes}. {fixes}.</source>
      <translation>{problem}. {causes}. {fixes}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="173" />
      <source>{problem}; it could not be moved aside</source>
      <translation>{problem}; die Datei konnte nicht beiseitegelegt werden</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="172" />
      <source>{problem}; set aside as {moved}</source>
      <translation>{problem}; als {moved} beiseitegelegt</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/camera_feed.py" line="194" />
      <source>{rate:.1f} frames a second classified ({dropped} dropped while busy)</source>
      <translation>{rate:.1f} Bilder pro Sekunde klassifiziert ({dropped} wegen Auslastung verworfen)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="78" />
      <source>{ratio:.0%} of the largest</source>
      <translation>{ratio:.0%} des größten</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/bundled.py" line="48" />
      <source>{raw} is not a folder bundled with netbuilder (bundled: {offered}): name one of them, or the path of your own folder</source>
      <translation>{raw} ist kein mit netbuilder mitgelieferter Ordner (mitgeliefert: {offered}): Nennen Sie einen davon oder den Pfad Ihres eigenen Ordners</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/camera_feed.py" line="225" />
      <source>{reason}: Try it on the camera needs one; draw or type an input instead.</source>
      <translation>{reason}: „Ausprobieren“ mit der Kamera braucht eine; zeichnen oder tippen Sie stattdessen eine Eingabe.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/common/camera.py" line="29" />
      <source>{reason}: add pictures from files instead.</source>
      <translation>{reason}: Fügen Sie stattdessen Bilder aus Dateien hinzu.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="149" />
      <source>{reason}: nothing was saved there, and a file already there is unchanged</source>
      <translation>{reason}: Dort wurde nichts gespeichert, und eine bereits vorhandene Datei ist unverändert</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/document.py" line="135" />
      <source>{reason}: the network cannot be changed now. Stop the run to edit it.</source>
      <translation>{reason}: Das Netz kann jetzt nicht geändert werden. Stoppen Sie den Lauf, um es zu bearbeiten.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="100" />
      <source>{reason}: the network is locked until the run ends</source>
      <translation>{reason}: Das Netz ist gesperrt, bis der Lauf endet</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/view.py" line="89" />
      <source>{reason}: the network is locked until the run ends (cards can still move)</source>
      <translation>{reason}: Das Netz ist gesperrt, bis der Lauf endet (Karten lassen sich weiterhin verschieben)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/autosave.py" line="184" />
      <source>{reason}; the design is restored without its trained weights</source>
      <translation>{reason}; der Entwurf wird ohne seine trainierten Gewichte wiederhergestellt</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="170" />
      <source>{rows} {row}, {cols} {col}</source>
      <translation>{rows} {row}, {cols} {col}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_thumbs.py" line="25" />
      <source>{run}
val accuracy {accuracy:.1%}</source>
      <translation>{run}
Val.-Genauigkeit {accuracy:.1%}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_thumbs.py" line="27" />
      <source>{run}
val loss {loss:.4g}</source>
      <translation>{run}
Val.-Verlust {loss:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="270" />
      <source>{run} (trial {n})</source>
      <translation>{run} (Versuch {n})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="227" />
      <source>{run} ({state})</source>
      <translation>{run} ({state})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="340" />
      <source>{run} validation</source>
      <translation>{run} Validierung</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_thumbs.py" line="47" />
      <source>{run}: the class it predicts over the plane of its two inputs at its end (paler where it is unsure), with {n:,} training points</source>
      <translation>{run}: die Klasse, die er am Ende über der Ebene seiner zwei Eingaben vorhersagt (blasser, wo er unsicher ist), mit {n:,} Trainingspunkten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_thumbs.py" line="55" />
      <source>{run}: validation accuracy {accuracy:.1%} ({n:,} samples)</source>
      <translation>{run}: Validierungsgenauigkeit {accuracy:.1%} ({n:,} Beispiele)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="287" />
      <source>{said}. The weights are as they were.</source>
      <translation>{said}. Die Gewichte sind unverändert.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="243" />
      <source>{seen} and {param_name} both set {target} of layer {layer}: keep one</source>
      <translation>{seen} und {param_name} setzen beide {target} der Schicht {layer}: Behalten Sie eines</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="241" />
      <source>{seen} and {param_name} both set {target}: keep one</source>
      <translation>{seen} und {param_name} setzen beide {target}: Behalten Sie eines</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="266" />
      <source>{series}
epoch {x:.2f}: {y:.4g}</source>
      <translation>{series}
Epoche {x:.2f}: {y:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="193" />
      <source>{setting}: back to the default</source>
      <translation>{setting}: zurück zum Standardwert</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="197" />
      <source>{setting}: {reason}</source>
      <translation>{setting}: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="91" />
      <source>{severity}. Click to show {node} on the canvas.</source>
      <translation>{severity}. Klicken Sie, um {node} auf der Arbeitsfläche zu zeigen.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations_view.py" line="211" />
      <source>{shape}   {lo} to {hi}</source>
      <translation>{shape}   {lo} bis {hi}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations_view.py" line="208" />
      <source>{shape}   {lo} to {hi}   (the first {shown:,} of {total:,} units)</source>
      <translation>{shape}   {lo} bis {hi}   (die ersten {shown:,} von {total:,} Einheiten)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations_view.py" line="205" />
      <source>{shape}   {lo} to {hi}   (the first {shown} of {total} maps)</source>
      <translation>{shape}   {lo} bis {hi}   (die ersten {shown} von {total} Merkmalskarten)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/importance_bars.py" line="49" />
      <source>{share:.0%}</source>
      <translation>{share:.0%}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="69" />
      <source>{share:.0%} of its outputs saturated (in the flat tails, where they barely learn)</source>
      <translation>{share:.0%} seiner Ausgaben gesättigt (in den flachen Enden, wo sie kaum lernen)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="66" />
      <source>{share:.0%} of its {units:,} units dead (output 0 for every input probed)</source>
      <translation>{share:.0%} seiner {units:,} Einheiten tot (Ausgabe 0 für jede gemessene Eingabe)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="112" />
      <source>{share:.0%} of {node_id}'s outputs are saturated (stuck near their limits, where they barely learn). Try a lower learning rate, normalised inputs, BatchNorm before it, or ReLU instead.</source>
      <translation>{share:.0%} der Ausgaben von {node_id} sind gesättigt (sie hängen nahe ihren Grenzen fest, wo sie kaum lernen). Versuchen Sie eine niedrigere Lernrate, normalisierte Eingaben, BatchNorm davor oder stattdessen ReLU.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="107" />
      <source>{share:.0%} of {node_id}'s {units:,} units are dead: they output 0 for every input and no longer learn. Try a lower learning rate, LeakyReLU instead of ReLU, or BatchNorm before it.</source>
      <translation>{share:.0%} der {units:,} Einheiten von {node_id} sind tot: Sie geben für jede Eingabe 0 aus und lernen nicht mehr. Versuchen Sie eine niedrigere Lernrate, LeakyReLU statt ReLU oder BatchNorm davor.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="123" />
      <source>{size:,.1f} GB</source>
      <translation>{size:,.1f} GB</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="123" />
      <source>{size:,.1f} MB</source>
      <translation>{size:,.1f} MB</translation>
    </message>
    <message>
      <location filename="netbuilder/core/system.py" line="29" />
      <source>{size:,.1f} {unit}</source>
      <translation>{size:,.1f} {unit}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/system.py" line="27" />
      <source>{size:.0f} B</source>
      <translation>{size:.0f} B</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="358" />
      <source>{size}, more than {share:.0%} of the {free} free: streamed from disk, decoded by {workers} worker process as it trains</source>
      <translation>{size}, mehr als {share:.0%} der freien {free}: wird während des Trainings von der Festplatte gestreamt, dekodiert von {workers} Worker-Prozess</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="360" />
      <source>{size}, more than {share:.0%} of the {free} free: streamed from disk, decoded by {workers} worker processes as it trains</source>
      <translation>{size}, mehr als {share:.0%} der freien {free}: wird während des Trainings von der Festplatte gestreamt, dekodiert von {workers} Worker-Prozessen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="347" />
      <source>{size}, preloaded (the dataset's preload is true)</source>
      <translation>{size}, vorab geladen (preload des Datensatzes ist true)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="352" />
      <source>{size}, preloaded in memory</source>
      <translation>{size}, vorab in den Speicher geladen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="354" />
      <source>{size}, preloaded in memory ({free} free)</source>
      <translation>{size}, vorab in den Speicher geladen ({free} frei)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="349" />
      <source>{size}, streamed from disk (the dataset's preload is false)</source>
      <translation>{size}, von der Festplatte gestreamt (preload des Datensatzes ist false)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="183" />
      <source>{source} is already connected to {target}</source>
      <translation>{source} ist bereits mit {target} verbunden</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="141" />
      <source>{source} → {target}</source>
      <translation>{source} → {target}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/items.py" line="356" />
      <source>{source} → {target} (input {port})</source>
      <translation>{source} → {target} (Eingang {port})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="110" />
      <source>{source}: no such lesson file, and no bundled lesson of that name (bundled: {names})</source>
      <translation>{source}: keine solche Lektionsdatei und keine mitgelieferte Lektion dieses Namens (mitgeliefert: {names})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="25" />
      <source>{spec}: name the model as FILE.py:ClassName, e.g. model.py:MyNet</source>
      <translation>{spec}: Geben Sie das Modell als FILE.py:ClassName an, z. B. model.py:MyNet</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="122" />
      <source>{split} split, {title}</source>
      <translation>Aufteilung {split}, {title}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="364" />
      <source>{split}, epoch {epoch}: {accuracy}</source>
      <translation>{split}, Epoche {epoch}: {accuracy}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="367" />
      <source>{split}: {accuracy}</source>
      <translation>{split}: {accuracy}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="329" />
      <source>{state}, {n} warning</source>
      <translation>{state}, {n} Warnung</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="330" />
      <source>{state}, {n} warnings</source>
      <translation>{state}, {n} Warnungen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="398" />
      <source>{support:,}</source>
      <translation>{support:,}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="193" />
      <source>{target} ({type}) has no input port {port}</source>
      <translation>{target} ({type}) hat keinen Eingang {port}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="189" />
      <source>{target} ({type}) takes one input and already has one; disconnect it first</source>
      <translation>{target} ({type}) nimmt eine Eingabe und hat bereits eine; trennen Sie diese zuerst</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="181" />
      <source>{target} is an {type}: nothing can feed into it</source>
      <translation>{target} ist ein {type}: Es kann keine Eingabe erhalten</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="126" />
      <source>{target}: not a regular file ({file_kind}); netbuilder does not open it</source>
      <translation>{target}: keine reguläre Datei ({file_kind}); netbuilder öffnet sie nicht</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="123" />
      <source>{target}: the trained weights cannot be read ({strerror})</source>
      <translation>{target}: Die trainierten Gewichte können nicht gelesen werden ({strerror})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="171" />
      <source>{text!r}: write NAME=SPEC, e.g. {examples}</source>
      <translation>{text!r}: Schreiben Sie NAME=SPEC, z. B. {examples}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="364" />
      <source>{text} in '{qualname}' ({kind})</source>
      <translation>{text} in '{qualname}' ({kind})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="170" />
      <source>{text}: no such file</source>
      <translation>{text}: Datei nicht gefunden</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="168" />
      <source>{text}: no such file or preset (presets: {presets})</source>
      <translation>{text}: keine solche Datei oder Vorlage (Vorlagen: {presets})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="91" />
      <source>{title} ({path})</source>
      <translation>{title} ({path})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="293" />
      <source>{title}: step {step} of {steps}</source>
      <translation>{title}: Schritt {step} von {steps}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="195" />
      <source>{total} of {free} free</source>
      <translation>{total} von {free} frei</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="193" />
      <source>{total} of {free} free under its limit</source>
      <translation>{total} von {free} frei (innerhalb der Grenze)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="20" />
      <source>{type_name} needs an input of shape [T, E] (T tokens of E features); it gets {shape}. Put it after an Embedding, a recurrent layer with return_sequences, or a Reshape.</source>
      <translation>{type_name} braucht eine Eingabe der Form [T, E] (T Token mit je E Merkmalen); es erhält {shape}. Setzen Sie es hinter ein Embedding, eine rekurrente Schicht mit return_sequences oder ein Reshape.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/recurrent.py" line="25" />
      <source>{type_name} needs an input of shape [T, F] (T steps of F features); it gets {shape}. Use an Input such as [28, 28], an Embedding, or a Reshape before it.</source>
      <translation>{type_name} braucht eine Eingabe der Form [T, F] (T Schritte mit je F Merkmalen); es erhält {shape}. Verwenden Sie davor einen Input wie [28, 28], ein Embedding oder ein Reshape.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="25" />
      <source>{type_name} needs an input of shape {what}; it gets {shape}. {hint}</source>
      <translation>{type_name} braucht eine Eingabe der Form {what}; es erhält {shape}. {hint}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/activation.py" line="23" />
      <source>{type_name} over dim {dim} does not fit an input of shape {shape} (with the batch it has {rank} dimensions). Use dim -1 for the last one.</source>
      <translation>{type_name} über dim {dim} passt nicht zu einer Eingabe der Form {shape} (mit dem Stapel hat sie {rank} Dimensionen). Verwenden Sie dim -1 für die letzte.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="26" />
      <source>{type_name} splits its {embed} input features among {heads_param} = {heads} heads, so the feature count must be divisible by {heads_param}; {embed} is not. Use {heads_param} {fits}, or change the layer before it.</source>
      <translation>{type_name} teilt seine {embed} Eingabemerkmale auf {heads_param} = {heads} Köpfe auf, daher muss die Merkmalsanzahl durch {heads_param} teilbar sein; {embed} ist es nicht. Verwenden Sie {heads_param} {fits} oder ändern Sie die Schicht davor.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pool.py" line="29" />
      <source>{type_name}'s padding can be at most half its kernel size; it is {padding} for a {kernel} kernel.</source>
      <translation>padding von {type_name} darf höchstens die halbe Kernelgröße sein; es ist {padding} bei einem {kernel}-Kernel.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="57" />
      <source>{type_name}'s {kernel} {what} does not fit its input of size {size}: the output would be empty. Use a smaller kernel or stride, more padding, or place it before the size shrinks.</source>
      <translation>{type_name}: {what} {kernel} passt nicht zu seiner Eingabe der Größe {size}: Die Ausgabe wäre leer. Verwenden Sie einen kleineren Kernel oder stride, mehr padding, oder setzen Sie es vor die Stelle, an der die Größe schrumpft.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="34" />
      <source>{type_name}'s {name} must be one number or {n} numbers (one per spatial dimension); it is {value}.</source>
      <translation>{name} von {type_name} muss eine Zahl oder {n} Zahlen sein (eine pro räumlicher Dimension); es ist {value}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="125" />
      <source>{type} ({node})</source>
      <translation>{type} ({node})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/shapes.py" line="102" />
      <source>{type} cannot take this input: {problem}</source>
      <translation>{type} kann diese Eingabe nicht annehmen: {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="73" />
      <source>{type} has no input port {port}; connect to its port 0 instead.</source>
      <translation>{type} hat keinen Eingang {port}; verbinden Sie stattdessen mit seinem Eingang 0.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="148" />
      <source>{type} has no parameter '{name}'</source>
      <translation>{type} hat keinen Parameter '{name}'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="144" />
      <source>{type} has no parameter {name}; it takes no parameters</source>
      <translation>{type} hat keinen Parameter {name}; es nimmt keine Parameter</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="142" />
      <source>{type} has no parameter {name}; it takes {names}</source>
      <translation>{type} hat keinen Parameter {name}; es nimmt {names}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="391" />
      <source>{type} has no settings: it works the same whatever you do.</source>
      <translation>{type} hat keine Einstellungen: Es arbeitet immer gleich, was Sie auch tun.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="173" />
      <source>{type} has no weights: it transforms its input the same way however the network trains.</source>
      <translation>{type} hat keine Gewichte: Es verändert seine Eingabe immer gleich, wie auch immer das Netz trainiert.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="175" />
      <source>{type} holds no weights to show here (only counters or empty tensors).</source>
      <translation>{type} enthält keine Gewichte, die hier gezeigt werden könnten (nur Zähler oder leere Tensoren).</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="64" />
      <source>{type} needs at least {min_inputs} inputs; it has {n_ins}. Connect another branch to it.</source>
      <translation>{type} braucht mindestens {min_inputs} Eingaben; es hat {n_ins}. Verbinden Sie einen weiteren Zweig damit.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="70" />
      <source>{type} takes {max_inputs} input(s); it has {n_ins}. Remove the extra ones.</source>
      <translation>{type} nimmt {max_inputs} Eingabe(n); es hat {n_ins}. Entfernen Sie die überzähligen.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/shapes.py" line="92" />
      <source>{type} would output shape {shape}, which has an empty dimension: its input is too small for its kernel, stride or padding.</source>
      <translation>{type} würde die Form {shape} ausgeben, die eine leere Dimension hat: Seine Eingabe ist zu klein für seinen Kernel, stride oder padding.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="76" />
      <source>{type}'s inputs leave a gap in ports {ports}; reconnect them.</source>
      <translation>Die Eingänge von {type} lassen eine Lücke bei {ports}; verbinden Sie sie neu.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="79" />
      <source>{type}: {problem}.</source>
      <translation>{type}: {problem}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="155" />
      <source>{used:.2f} is used</source>
      <translation>{used:.2f} wird genutzt</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="177" />
      <source>{value!r} is not a finite number</source>
      <translation>{value!r} ist keine endliche Zahl</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="126" />
      <source>{value!r} is not one of {choices}</source>
      <translation>{value!r} ist nicht eines von {choices}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="179" />
      <source>{value!r} is too large (the network computes in 32-bit floats: at most about 3.4e38)</source>
      <translation>{value!r} ist zu groß (das Netz rechnet mit 32-Bit-Gleitkommazahlen: höchstens etwa 3.4e38)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="255" />
      <source>{value} (unknown)</source>
      <translation>{value} (unbekannt)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="131" />
      <source>{value}; input values must be numbers, not true or false</source>
      <translation>{value}; Eingabewerte müssen Zahlen sein, nicht true oder false</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="176" />
      <source>{what} is not a text of at most {limit:,} characters</source>
      <translation>{what} ist kein Text mit höchstens {limit:,} Zeichen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="178" />
      <source>{what} {k}, row {r}, column {c}</source>
      <translation>{what} {k}, Zeile {r}, Spalte {c}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="254" />
      <source>{where} ({title})</source>
      <translation>{where} ({title})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="45" />
      <source>{where} claims {numel:,} values of shape {value_shape} but the file holds {held:,} for it</source>
      <translation>{where} gibt {numel:,} Werte der Form {value_shape} an, aber die Datei enthält dafür {held:,}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="319" />
      <source>{where} gets {n_sources} different tensors ({names}); netbuilder's {type} takes one input</source>
      <translation>{where} erhält {n_sources} verschiedene Tensoren ({names}); {type} von netbuilder nimmt eine Eingabe</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="166" />
      <source>{where} has no layer type in netbuilder's catalogue</source>
      <translation>{where} hat keinen Schichttyp im Katalog von netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="148" />
      <source>{where} has no loss</source>
      <translation>{where} hat keinen Verlust</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="151" />
      <source>{where} has the key {shown}, not a name</source>
      <translation>{where} hat den Schlüssel {shown}, keinen Namen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="121" />
      <source>{where} has the wrong shapes</source>
      <translation>{where} hat die falschen Formen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/summary.py" line="83" />
      <source>{where} has {free} free</source>
      <translation>{where}: {free} frei</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="125" />
      <source>{where} holds numbers a boundary cannot have</source>
      <translation>{where} enthält Zahlen, die eine Grenze nicht haben kann</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="41" />
      <source>{where} holds {dtype} values; a netbuilder checkpoint holds real numbers only</source>
      <translation>{where} enthält {dtype}-Werte; ein netbuilder-Checkpoint enthält nur reelle Zahlen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="290" />
      <source>{where} is called with other arguments than layer outputs; netbuilder's {type} takes only its input tensors</source>
      <translation>{where} wird mit anderen Argumenten als Schichtausgaben aufgerufen; {type} von netbuilder nimmt nur seine Eingabetensoren</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_backbone.py" line="172" />
      <source>{where} is called with other arguments than one layer output; netbuilder's Pretrained takes only its input image</source>
      <translation>{where} wird mit anderen Argumenten als einer Schichtausgabe aufgerufen; Pretrained von netbuilder nimmt nur sein Eingabebild</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="115" />
      <source>{where} is not a run's boundary</source>
      <translation>{where} ist keine Grenze eines Laufs</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="214" />
      <source>{where} is not an object</source>
      <translation>{where} ist kein Objekt</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="73" />
      <source>{where} is too large (beyond float32's range, about 3.4e38)</source>
      <translation>{where} ist zu groß (außerhalb des Bereichs von float32, etwa 3.4e38)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="335" />
      <source>{where} is used as {expr} (node '{node_name}'), which netbuilder's {type} cannot reproduce: {exc}</source>
      <translation>{where} wird als {expr} verwendet (Knoten '{node_name}'), was {type} von netbuilder nicht nachbilden kann: {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="316" />
      <source>{where} is used as {expr}, which is not one tensor</source>
      <translation>{where} wird als {expr} verwendet, was kein einzelner Tensor ist</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="69" />
      <source>{where} is {shown}, not a number</source>
      <translation>{where} ist {shown}, keine Zahl</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="80" />
      <source>{where} is {shown}, not a whole number from {minimum} to 2**53</source>
      <translation>{where} ist {shown}, keine ganze Zahl von {minimum} bis 2**53</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="144" />
      <source>{where} is {shown}, not an epoch's metrics</source>
      <translation>{where} ist {shown}, keine Kennzahlen einer Epoche</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="71" />
      <source>{where} is {value}, not a finite number</source>
      <translation>{where} ist {value}, keine endliche Zahl</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="296" />
      <source>{where} must be "lesson", a preset's name or a design, not {value!r}</source>
      <translation>{where} muss "lesson", der Name einer Vorlage oder ein Entwurf sein, nicht {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="324" />
      <source>{where} must be a list of objectNames</source>
      <translation>{where} muss eine Liste von objectNames sein</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="321" />
      <source>{where} must be a non-empty text</source>
      <translation>{where} muss ein nicht leerer Text sein</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="304" />
      <source>{where} must be an object of settings ({choices})</source>
      <translation>{where} muss ein Objekt mit Einstellungen sein ({choices})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="34" />
      <source>{where} must be an object with at least one key (predict, status or a metric)</source>
      <translation>{where} muss ein Objekt mit mindestens einem Schlüssel sein (predict, status oder eine Kennzahl)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="300" />
      <source>{where} must be one of {choices}, not {value!r}</source>
      <translation>{where} muss eines von {choices} sein, nicht {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="318" />
      <source>{where} must be true</source>
      <translation>{where} muss true sein</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="314" />
      <source>{where} must be {{"epochs": N}} or {{"batches": N}} with N a whole number from 1 to 100,000</source>
      <translation>{where} muss {{"epochs": N}} oder {{"batches": N}} sein, mit N als ganzer Zahl von 1 bis 100.000</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="312" />
      <source>{where} returns a tuple, and {label} uses it whole; take the tensor you need out of it (e.g. out, _ = self.{target}(x))</source>
      <translation>{where} gibt ein Tupel zurück, und {label} verwendet es als Ganzes; nehmen Sie den benötigten Tensor heraus (z. B. out, _ = self.{target}(x))</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="287" />
      <source>{where} returns {name}, not one tensor</source>
      <translation>{where} gibt {name} zurück, keinen einzelnen Tensor</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="240" />
      <source>{where}'s loss curve is not two tensors of one length</source>
      <translation>die Verlustkurve von {where} besteht nicht aus zwei Tensoren gleicher Länge</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="237" />
      <source>{where}.confusion is not a square table of counts</source>
      <translation>{where}.confusion ist keine quadratische Tabelle von Anzahlen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="146" />
      <source>{where}.epoch is {entry}, not {i}</source>
      <translation>{where}.epoch ist {entry}, nicht {i}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="225" />
      <source>{where}.history is not a list of epochs</source>
      <translation>{where}.history ist keine Liste von Epochen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="221" />
      <source>{where}.number is not a run number</source>
      <translation>{where}.number ist keine Laufnummer</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="48" />
      <source>{where}.predict has {n_input} input rows and {n_output} output rows; they must match</source>
      <translation>{where}.predict hat {n_input} Eingabezeilen und {n_output} Ausgabezeilen; die Anzahlen müssen übereinstimmen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="39" />
      <source>{where}.predict must be an object with 'input' and 'output' rows</source>
      <translation>{where}.predict muss ein Objekt mit den Zeilen 'input' und 'output' sein</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="52" />
      <source>{where}.predict.tolerance must be a number of at least 0</source>
      <translation>{where}.predict.tolerance muss eine Zahl von mindestens 0 sein</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="45" />
      <source>{where}.predict.{part} must be a list of rows of numbers</source>
      <translation>{where}.predict.{part} muss eine Liste von Zeilen aus Zahlen sein</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="218" />
      <source>{where}.status is not one of {statuses}</source>
      <translation>{where}.status ist nicht eines von {statuses}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="55" />
      <source>{where}.status must be one of {choices}, not {value!r}</source>
      <translation>{where}.status muss eines von {choices} sein, nicht {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="232" />
      <source>{where}.{key} is not an object</source>
      <translation>{where}.{key} ist kein Objekt</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="63" />
      <source>{where}.{key} must be a number (the value to reach), not {value!r}</source>
      <translation>{where}.{key} muss eine Zahl sein (der zu erreichende Wert), nicht {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="60" />
      <source>{where}.{key} must be a number, or {{"at_least": x}} or {{"at_most": x}}</source>
      <translation>{where}.{key} muss eine Zahl oder {{"at_least": x}} oder {{"at_most": x}} sein</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="260" />
      <source>{where}: 'action' must be an object with exactly one of {choices}</source>
      <translation>{where}: 'action' muss ein Objekt mit genau einem von {choices} sein</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="222" />
      <source>{where}: 'description' must be a text</source>
      <translation>{where}: 'description' muss ein Text sein</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="234" />
      <source>{where}: 'design' must be a preset's name or a design object</source>
      <translation>{where}: 'design' muss der Name einer Vorlage oder ein Entwurfsobjekt sein</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="226" />
      <source>{where}: 'design' names the preset {design!r}, which does not exist</source>
      <translation>{where}: 'design' nennt die Vorlage {design!r}, die es nicht gibt</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="64" />
      <source>{where}: 'edges' must be a list</source>
      <translation>{where}: 'edges' muss eine Liste sein</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="279" />
      <source>{where}: 'expect_advice' must be a list of advice codes ({choices})</source>
      <translation>{where}: 'expect_advice' muss eine Liste von Hinweiscodes sein ({choices})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="70" />
      <source>{where}: 'expected' must be an object</source>
      <translation>{where}: 'expected' muss ein Objekt sein</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="51" />
      <source>{where}: 'format' is {fmt}, not {expected!r}: this is not a netbuilder design</source>
      <translation>{where}: 'format' ist {fmt}, nicht {expected!r}: Dies ist kein netbuilder-Entwurf</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="208" />
      <source>{where}: 'format' must be "{FORMAT}" (is this a lesson file?)</source>
      <translation>{where}: 'format' muss "{FORMAT}" sein (ist das eine Lektionsdatei?)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="62" />
      <source>{where}: 'nodes' must be a list</source>
      <translation>{where}: 'nodes' muss eine Liste sein</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="237" />
      <source>{where}: 'steps' must be a non-empty list</source>
      <translation>{where}: 'steps' muss eine nicht leere Liste sein</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="256" />
      <source>{where}: 'text' must be a text</source>
      <translation>{where}: 'text' muss ein Text sein</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="219" />
      <source>{where}: 'title' must be a non-empty text</source>
      <translation>{where}: 'title' muss ein nicht leerer Text sein</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="67" />
      <source>{where}: 'training' must be an object</source>
      <translation>{where}: 'training' muss ein Objekt sein</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="33" />
      <source>{where}: 'version' must be a whole number, not {version}</source>
      <translation>{where}: 'version' muss eine ganze Zahl sein, nicht {version}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="269" />
      <source>{where}: '{key}' belongs to a step whose action is 'train'</source>
      <translation>{where}: '{key}' gehört zu einem Schritt, dessen Aktion 'train' ist</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="59" />
      <source>{where}: '{key}' must be a string</source>
      <translation>{where}: '{key}' muss eine Zeichenkette sein</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="196" />
      <source>{where}: a :log range needs ends above 0, e.g. {name}=1e-5..1e-1:log</source>
      <translation>{where}: Ein :log-Bereich braucht Enden über 0, z. B. {name}=1e-5..1e-1:log</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="47" />
      <source>{where}: a design must be a JSON object, not {kind}</source>
      <translation>{where}: Ein Entwurf muss ein JSON-Objekt sein, nicht {kind}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="206" />
      <source>{where}: a lesson is a JSON object, not {kind}</source>
      <translation>{where}: Eine Lektion ist ein JSON-Objekt, nicht {kind}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="246" />
      <source>{where}: a step is an object with a title and a text</source>
      <translation>{where}: Ein Schritt ist ein Objekt mit einem Titel und einem Text</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="108" />
      <source>{where}: a text at {link} holds an invalid character (a lone UTF-16 surrogate such as \ud800); fix or remove it</source>
      <translation>{where}: Ein Text bei {link} enthält ein ungültiges Zeichen (ein einzelnes UTF-16-Surrogat wie \ud800); korrigieren oder entfernen Sie es</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="266" />
      <source>{where}: action '{kind}'</source>
      <translation>{where}: Aktion '{kind}'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="184" />
      <source>{where}: after the range write :log or nothing, not :{flag}</source>
      <translation>{where}: Schreiben Sie nach dem Bereich :log oder nichts, nicht :{flag}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="207" />
      <source>{where}: an empty choice; write choices as a,b,c</source>
      <translation>{where}: eine leere Auswahl; schreiben Sie Auswahlen als a,b,c</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="149" />
      <source>{where}: cannot read the file ({reason})</source>
      <translation>{where}: Die Datei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="257" />
      <source>{where}: checkpoint version {version} is newer than this netbuilder understands ({known}); update netbuilder to open it</source>
      <translation>{where}: Checkpoint-Version {version} ist neuer, als diese netbuilder-Version versteht ({known}); aktualisieren Sie netbuilder, um ihn zu öffnen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="283" />
      <source>{where}: expect_advice: unknown advice code {unknown!r}; use {choices}</source>
      <translation>{where}: expect_advice: unbekannter Hinweiscode {unknown!r}; verwenden Sie {choices}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="94" />
      <source>{where}: it has no entry {name}</source>
      <translation>{where}: kein Eintrag {name} vorhanden</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="232" />
      <source>{where}: its design: {reason}</source>
      <translation>{where}: Entwurf: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="80" />
      <source>{where}: its entries are more than {total} inflated together, more than netbuilder reads; is this the right file?</source>
      <translation>{where}: Die Einträge sind entpackt zusammen größer als {total}, mehr als netbuilder liest; ist das die richtige Datei?</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="83" />
      <source>{where}: its entries declare {inflated:,} bytes together but the file has {file_size:,}: the file is damaged; save it again from netbuilder</source>
      <translation>{where}: Die Einträge geben zusammen {inflated:,} Byte an, aber die Datei hat {file_size:,}: Die Datei ist beschädigt; speichern Sie sie erneut aus netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="57" />
      <source>{where}: its entry {name} declares {size:,} bytes but stores {packed:,}: the file is damaged; save it again from netbuilder</source>
      <translation>{where}: Eintrag {name} gibt {size:,} Byte an, speichert aber {packed:,}: Die Datei ist beschädigt; speichern Sie sie erneut aus netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="51" />
      <source>{where}: its entry {name} has a negative size: the file is damaged</source>
      <translation>{where}: Eintrag {name} hat eine negative Größe: Die Datei ist beschädigt</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="53" />
      <source>{where}: its entry {name} is compressed ({packed:,} bytes that would inflate to {size:,}), but netbuilder writes this file's entries stored as they are; save it again from netbuilder</source>
      <translation>{where}: Eintrag {name} ist komprimiert ({packed:,} Byte, die entpackt {size:,} ergäben), aber netbuilder speichert die Einträge dieser Datei unkomprimiert; speichern Sie sie erneut aus netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="103" />
      <source>{where}: its entry {name} is damaged (shorter than it says)</source>
      <translation>{where}: Eintrag {name} ist beschädigt (kürzer als angegeben)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="100" />
      <source>{where}: its entry {name} is damaged ({why})</source>
      <translation>{where}: Eintrag {name} ist beschädigt ({why})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="43" />
      <source>{where}: its entry {name} is encrypted, and netbuilder does not read encrypted files; save it again without a password</source>
      <translation>{where}: Eintrag {name} ist verschlüsselt, und netbuilder liest keine verschlüsselten Dateien; speichern Sie sie erneut ohne Passwort</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="60" />
      <source>{where}: its entry {name} is {size} inflated, more than netbuilder reads ({limit} at most); is this the right file?</source>
      <translation>{where}: Eintrag {name} ist entpackt {size} groß, mehr als netbuilder liest (höchstens {limit}); ist das die richtige Datei?</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="46" />
      <source>{where}: its entry {name} uses compression method {compress_type}, which netbuilder does not read (only stored or deflate); save it again with netbuilder</source>
      <translation>{where}: Eintrag {name} verwendet die Kompressionsmethode {compress_type}, die netbuilder nicht liest (nur stored oder deflate); speichern Sie die Datei erneut mit netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="63" />
      <source>{where}: its entry {name} would inflate {packed} to {size} (over {max_ratio} times), as a zip bomb does; netbuilder does not inflate it</source>
      <translation>{where}: Eintrag {name} würde sich von {packed} auf {size} entpacken (über {max_ratio}-fach), wie bei einer ZIP-Bombe; netbuilder entpackt ihn nicht</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_backbone.py" line="200" />
      <source>{where}: netbuilder's Pretrained {model} and the layers after it compute other values from the same weights</source>
      <translation>{where}: Pretrained {model} von netbuilder und die Schichten danach berechnen aus denselben Gewichten andere Werte</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_backbone.py" line="202" />
      <source>{where}: netbuilder's Pretrained {model} compute other values from the same weights</source>
      <translation>{where}: Pretrained {model} von netbuilder berechnet aus denselben Gewichten andere Werte</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="226" />
      <source>{where}: no such {kind} file</source>
      <translation>{where}: keine solche {kind}-Datei</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="251" />
      <source>{where}: not a netbuilder checkpoint (a PyTorch file, but without netbuilder's design and settings; train with netbuilder to make one)</source>
      <translation>{where}: kein netbuilder-Checkpoint (eine PyTorch-Datei, aber ohne Entwurf und Einstellungen von netbuilder; trainieren Sie mit netbuilder, um einen zu erstellen)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="148" />
      <source>{where}: not a netbuilder work file (save one with File &gt; Save My Work)</source>
      <translation>{where}: keine netbuilder-Arbeitsdatei (speichern Sie eine mit Datei &gt; Meine Arbeit speichern)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="119" />
      <source>{where}: not a readable zip file ({why})</source>
      <translation>{where}: keine lesbare ZIP-Datei ({why})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="228" />
      <source>{where}: not a readable {name} ({damaged})</source>
      <translation>{where}: kein lesbares {name} ({damaged})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="240" />
      <source>{where}: not a readable {name} ({why})</source>
      <translation>{where}: kein lesbares {name} ({why})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="58" />
      <source>{where}: not valid JSON (line {lineno}, column {colno}: {reason})</source>
      <translation>{where}: kein gültiges JSON (Zeile {lineno}, Spalte {colno}: {reason})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="240" />
      <source>{where}: step {n}</source>
      <translation>{where}: Schritt {n}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="63" />
      <source>{where}: the JSON is nested too deeply (at most {max_depth} levels)</source>
      <translation>{where}: Das JSON ist zu tief verschachtelt (höchstens {max_depth} Ebenen)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="82" />
      <source>{where}: the JSON is nested too deeply (more than {max_depth} levels, at {link})</source>
      <translation>{where}: Das JSON ist zu tief verschachtelt (mehr als {max_depth} Ebenen, bei {link})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="281" />
      <source>{where}: the checkpoint cannot be used: {exc}</source>
      <translation>{where}: Der Checkpoint kann nicht verwendet werden: {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="287" />
      <source>{where}: the checkpoint is damaged or incomplete ({why}); save it again from netbuilder</source>
      <translation>{where}: Der Checkpoint ist beschädigt oder unvollständig ({why}); speichern Sie ihn erneut aus netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="36" />
      <source>{where}: the file is design format version {version}, newer than this netbuilder understands ({VERSION}); update netbuilder to open it</source>
      <translation>{where}: Die Datei hat die Entwurfsformat-Version {version}, eine neuere, als dieses netbuilder versteht ({VERSION}); aktualisieren Sie netbuilder, um sie zu öffnen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="152" />
      <source>{where}: the file is not UTF-8 text</source>
      <translation>{where}: Die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="113" />
      <source>{where}: the number at {link} is {value!r}, not a finite number (JSON cannot store it); use a finite number</source>
      <translation>{where}: Die Zahl bei {link} ist {value!r}, keine endliche Zahl (JSON kann sie nicht speichern); verwenden Sie eine endliche Zahl</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="192" />
      <source>{where}: the range's first end must be below its second; for one value write {name}={low}</source>
      <translation>{where}: Das erste Ende des Bereichs muss unter dem zweiten liegen; für einen einzelnen Wert schreiben Sie {name}={low}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="162" />
      <source>{where}: the work cannot be used: {exc}</source>
      <translation>{where}: Die Arbeit kann nicht verwendet werden: {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="165" />
      <source>{where}: the work file is damaged ({exc}); ask for it to be saved again</source>
      <translation>{where}: Die Arbeitsdatei ist beschädigt ({exc}); bitten Sie darum, sie erneut zu speichern</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="264" />
      <source>{where}: unknown action {kind!r}; use one of {choices}</source>
      <translation>{where}: unbekannte Aktion {kind!r}; verwenden Sie eine von {choices}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="255" />
      <source>{where}: unknown checkpoint version {version!r}</source>
      <translation>{where}: unbekannte Checkpoint-Version {version!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="40" />
      <source>{where}: unknown design format version {version}</source>
      <translation>{where}: unbekannte Entwurfsformat-Version {version}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="56" />
      <source>{where}: unknown field(s) {names}</source>
      <translation>{where}: unbekannte(s) Feld(er) {names}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="215" />
      <source>{where}: unknown key {unknown!r} (a lesson has {choices})</source>
      <translation>{where}: unbekannter Schlüssel {unknown!r} (eine Lektion hat {choices})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="249" />
      <source>{where}: unknown key {unknown!r} (a step has {choices})</source>
      <translation>{where}: unbekannter Schlüssel {unknown!r} (ein Schritt hat {choices})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="308" />
      <source>{where}: unknown setting {unknown!r}; use {choices}</source>
      <translation>{where}: unbekannte Einstellung {unknown!r}; verwenden Sie {choices}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="211" />
      <source>{where}: version {version!r} is not one this netbuilder reads (it reads {VERSION})</source>
      <translation>{where}: Version {version!r} kann diese netbuilder-Version nicht lesen (sie liest {VERSION})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="151" />
      <source>{where}: work file version {version!r} is not one this netbuilder reads ({known}); update netbuilder to open it</source>
      <translation>{where}: Arbeitsdatei-Version {version!r} kann diese netbuilder-Version nicht lesen ({known}); aktualisieren Sie netbuilder, um sie zu öffnen</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="298" />
      <source>{where}: {exc}</source>
      <translation>{where}: {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="179" />
      <source>{where}: {name} takes names, not a range: write e.g. {name}={choices} (one of {all_choices})</source>
      <translation>{where}: {name} nimmt Namen, keinen Bereich: Schreiben Sie z. B. {name}={choices} (aus {all_choices})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="215" />
      <source>{where}: {name} takes whole numbers, not {bad}</source>
      <translation>{where}: {name} nimmt ganze Zahlen, nicht {bad}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="189" />
      <source>{where}: {name} takes whole numbers: write e.g. {name}={floor}..{ceil}</source>
      <translation>{where}: {name} nimmt ganze Zahlen: Schreiben Sie z. B. {name}={floor}..{ceil}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="221" />
      <source>{where}: {problem}</source>
      <translation>{where}: {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="61" />
      <source>{where}: {reason}</source>
      <translation>{where}: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="131" />
      <source>{where}: {text!r} is not a finite number</source>
      <translation>{where}: {text!r} ist keine endliche Zahl</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="128" />
      <source>{where}: {text!r} is not a number; write e.g. {examples}</source>
      <translation>{where}: {text!r} ist keine Zahl; schreiben Sie z. B. {examples}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="179" />
      <source>{where}: {value:.4g}</source>
      <translation>{where}: {value:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="295" />
      <source>{word} {channel}</source>
      <translation>{word} {channel}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="33" />
      <source>≤ 1/10,000</source>
      <translation>≤ 1/10.000</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="33" />
      <source>≥ 1/10 of the largest</source>
      <translation>≥ 1/10 des größten</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="364" />
      <source>✓ Expected result reached: {found}</source>
      <translation>✓ Erwartetes Ergebnis erreicht: {found}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="366" />
      <source>✗ Not reached: {found}</source>
      <translation>✗ Nicht erreicht: {found}</translation>
    </message>
  </context>
</TS>
