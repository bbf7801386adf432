<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>lessons</name>
    <message>
      <location filename="presets/simple_sigmoid.json" line="0" />
      <source>A 2-4-1 network with sigmoid units, the classic textbook network, separating the two interleaved half moons. Sigmoid hidden units learn more slowly than ReLU, so it uses Adam.</source>
      <translation>Una red 2-4-1 con unidades sigmoide, la red clásica de los libros de texto, que separa las dos medias lunas entrelazadas. Las unidades ocultas sigmoide aprenden más despacio que ReLU, por eso usa Adam.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>A big network on only 1,000 digits learns them by heart: training accuracy reaches 100% while the validation loss rises. Dropout (20% of the inputs, 50% of the hidden units) makes it generalise better.</source>
      <translation>Una red grande con solo 1000 dígitos se los aprende de memoria: la precisión de entrenamiento llega al 100 % mientras la pérdida de validación sube. Dropout (el 20 % de las entradas, el 50 % de las unidades ocultas) hace que generalice mejor.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>A deep sigmoid network</source>
      <translation>Una red sigmoide profunda</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>A good learning rate</source>
      <translation>Una buena tasa de aprendizaje</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>A hidden layer lets the network draw more than one line. Spare units make it robust to units that die. Other fixes: a different seed, LeakyReLU, or tanh.</source>
      <translation>Una capa oculta permite a la red trazar más de una recta. Las unidades de sobra la hacen robusta frente a las unidades que mueren. Otras soluciones: otra semilla, LeakyReLU o tanh.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>A huge learning rate</source>
      <translation>Una tasa de aprendizaje enorme</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>A line through 100 points</source>
      <translation>Una recta por 100 puntos</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>A network that starts from random weights has 63 pictures to learn from. What will it learn?</source>
      <translation>Una red que parte de pesos aleatorios tiene 63 imágenes de las que aprender. ¿Qué aprenderá?</translation>
    </message>
    <message>
      <location filename="presets/mnist_resnet.json" line="0" />
      <source>A residual block on handwritten digits: two 3x3 convolutions with batch normalisation learn a correction that Add puts on top of the block's input (the skip connection). This is the idea that lets ResNets train with hundreds of layers.</source>
      <translation>Un bloque residual con dígitos manuscritos: dos convoluciones de 3x3 con normalización por lotes aprenden una corrección que Add suma a la entrada del bloque (la conexión de salto). Esta es la idea que permite entrenar ResNets con cientos de capas.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>A short pass</source>
      <translation>Una pasada corta</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>A single neuron splits the plane with one straight line. Try it on paper.</source>
      <translation>Una sola neurona divide el plano con una única recta. Pruébelo en papel.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>A small convolutional network on MNIST: 32 filters of 3 by 3 pixels slide over the image. One short pass over 20,000 digits, then the feature maps and the filters themselves.</source>
      <translation>Una pequeña red convolucional con MNIST: 32 filtros de 3 por 3 píxeles se deslizan sobre la imagen. Una pasada corta por 20.000 dígitos y, después, los mapas de características y los propios filtros.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>A tiny learning rate</source>
      <translation>Una tasa de aprendizaje diminuta</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Add Dropout</source>
      <translation>Añadir Dropout</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>After training, what will it say for 7? Nobody showed it 7.</source>
      <translation>Tras el entrenamiento, ¿qué dirá para 7? Nadie le ha mostrado el 7.</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>Ask the room before pressing Next.</source>
      <translation>Pregunte a la clase antes de pulsar Siguiente.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Big MLP on 1,000 digits</source>
      <translation>MLP grande con 1000 dígitos</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Big MLP with Dropout</source>
      <translation>MLP grande con Dropout</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Borrowed eyes</source>
      <translation>Ojos prestados</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Both work. Shrinking the inputs keeps the learning rate and fixes every step at once.</source>
      <translation>Ambas funcionan. Reducir las entradas mantiene la tasa de aprendizaje y corrige todos los pasos a la vez.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Can one straight line put (0,1) and (1,0) on one side and (0,0) and (1,1) on the other?</source>
      <translation>¿Puede una sola recta dejar (0,1) y (1,0) a un lado y (0,0) y (1,1) al otro?</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Change the sample (or press Random) and watch the same filters respond to another digit.</source>
      <translation>Cambie la muestra (o pulse Aleatorio) y observe cómo los mismos filtros responden a otro dígito.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Colour by gradient</source>
      <translation>Colorear por gradiente</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Convolutions: what a CNN sees in a digit</source>
      <translation>Convoluciones: lo que una CNN ve en un dígito</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Dead units</source>
      <translation>Unidades muertas</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Draw a digit with the mouse. Does the network read your handwriting as well as the test set's?</source>
      <translation>Dibuje un dígito con el ratón. ¿Lee la red su letra tan bien como la del conjunto de prueba?</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Each row is a true class, each column what the network said. The diagonal is right. Click a cell to see its pictures: is it fooled by a colour, a small shape, a shape near the edge?</source>
      <translation>Cada fila es una clase real; cada columna, lo que dijo la red. La diagonal son los aciertos. Haga clic en una celda para ver sus imágenes: ¿la engaña un color, una forma pequeña, una forma cerca del borde?</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Each small picture is one filter's answer over the whole digit: bright where its pattern is. Some find left edges, some top edges, some the stroke itself. Max pooling then keeps the strongest answer in each 2 by 2 block.</source>
      <translation>Cada imagen pequeña es la respuesta de un filtro sobre todo el dígito: clara donde está su patrón. Unos encuentran bordes izquierdos, otros bordes superiores, otros el propio trazo. Después, el max pooling conserva la respuesta más fuerte de cada bloque de 2 por 2.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Eight units</source>
      <translation>Ocho unidades</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Enough?</source>
      <translation>¿Basta?</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Exclusive or, the smallest problem a single neuron cannot solve: first one neuron fails, then two hidden ReLU units get stuck, then eight units solve it.</source>
      <translation>O exclusivo, el problema más pequeño que una sola neurona no puede resolver: primero falla una neurona, luego dos unidades ReLU ocultas se atascan y, por último, ocho unidades lo resuelven.</translation>
    </message>
    <message>
      <location filename="presets/xor.json" line="0" />
      <source>Exclusive or: the smallest problem a single neuron cannot solve, so it needs a hidden layer. With only 2 hidden ReLU units one often dies (outputs 0 for every input) and the network is stuck, so this design uses 8 hidden units and Adam at lr 0.05 instead of 0.001: the spare units make a dead one harmless and the larger rate finishes in a few hundred epochs.</source>
      <translation>O exclusivo: el problema más pequeño que una sola neurona no puede resolver, por lo que necesita una capa oculta. Con solo 2 unidades ReLU ocultas, a menudo una muere (da 0 para cualquier entrada) y la red se atasca, así que este diseño usa 8 unidades ocultas y Adam con lr 0,05 en lugar de 0,001: las unidades de sobra hacen inofensiva una unidad muerta y la tasa mayor termina en unos cientos de épocas.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Feature maps</source>
      <translation>Mapas de características</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Features learnt from a million photos are better than any that 63 pictures could teach; training them here would only bend them towards our few pictures. And it is fast: the features of each picture are the same in every epoch.</source>
      <translation>Las características aprendidas de un millón de fotos son mejores que cualquiera que pudieran enseñar 63 imágenes; entrenarlas aquí solo las torcería hacia nuestras pocas imágenes. Y es rápido: las características de cada imagen son las mismas en todas las épocas.</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>File &gt; Collect Images: name a class, hold the button, move the object before the camera. Use these images trains on them at once. Or point the dataset at a folder with one sub-folder per class.</source>
      <translation>Archivo &gt; Recopilar imágenes: ponga nombre a una clase, mantenga pulsado el botón y mueva el objeto delante de la cámara. Usar estas imágenes entrena con ellas al instante. O apunte el conjunto de datos a una carpeta con una subcarpeta por clase.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Filters that slide</source>
      <translation>Filtros que se deslizan</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Five passes over the 60,000 digits. Watch the loss fall fast, then slowly: the learning rate is lowered towards the end. Then the 10,000 test digits, never seen in training, are read.</source>
      <translation>Cinco pasadas por los 60.000 dígitos. Observe cómo la pérdida baja rápido y luego despacio: la tasa de aprendizaje se reduce hacia el final. Después se leen los 10.000 dígitos de prueba, nunca vistos en el entrenamiento.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Four points, two classes</source>
      <translation>Cuatro puntos, dos clases</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>Guess first</source>
      <translation>Primero, adivine</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Handwritten digits with a multilayer perceptron</source>
      <translation>Dígitos manuscritos con un perceptrón multicapa</translation>
    </message>
    <message>
      <location filename="presets/mnist_cnn.json" line="0" />
      <source>Handwritten digits with a small convolutional network: 32 3x3 filters look for strokes anywhere in the image, max pooling halves the resolution, then a dense layer of 128 units and 10 class probabilities. Beats the multilayer perceptron with fewer weights per feature.</source>
      <translation>Dígitos manuscritos con una pequeña red convolucional: 32 filtros de 3x3 buscan trazos en cualquier lugar de la imagen, el max pooling reduce la resolución a la mitad y luego vienen una capa densa de 128 unidades y 10 probabilidades de clase. Supera al perceptrón multicapa con menos pesos por característica.</translation>
    </message>
    <message>
      <location filename="presets/mnist_mlp.json" line="0" />
      <source>Handwritten digits with one hidden layer of 128 units: flatten the 28x28 image, a dense ReLU layer, then 10 class probabilities. Reaches about 98% test accuracy in 5 epochs; a cosine schedule lowers the learning rate towards the end, which settles the last few tenths of a percent.</source>
      <translation>Dígitos manuscritos con una capa oculta de 128 unidades: se aplana la imagen de 28x28, una capa densa ReLU y luego 10 probabilidades de clase. Alcanza alrededor de un 98 % de precisión de prueba en 5 épocas; un planificador coseno reduce la tasa de aprendizaje hacia el final, lo que asienta las últimas décimas de punto porcentual.</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>Hello, neuron</source>
      <translation>Hola, neurona</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>How Teachable Machine and its cousins learn from a few dozen pictures: a network already trained on ImageNet's 1.2 million photos turns each picture into features, and only a small layer after it learns your classes. Here on 90 bundled pictures of circles, squares and triangles; then on the class's own.</source>
      <translation>Cómo aprenden Teachable Machine y sus parientes a partir de unas pocas docenas de imágenes: una red ya entrenada con los 1,2 millones de fotos de ImageNet convierte cada imagen en características, y solo una pequeña capa detrás de ella aprende sus clases. Aquí, con 90 imágenes incluidas de círculos, cuadrados y triángulos; después, con las del propio grupo.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Inside the network</source>
      <translation>Dentro de la red</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>It answers 14 for 7: it found w = 2 and b = 0, the rule behind the examples. Try other numbers in Try it.</source>
      <translation>Responde 14 para 7: encontró w = 2 y b = 0, la regla detrás de los ejemplos. Pruebe otros números en Probar.</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>It learned the rule</source>
      <translation>Aprendió la regla</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Learning by heart</source>
      <translation>Aprender de memoria</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Learning rate 0.0003: safe, tiny steps.</source>
      <translation>Tasa de aprendizaje 0,0003: pasos seguros y diminutos.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Learning rate 0.05: big enough to make progress, small enough not to overshoot.</source>
      <translation>Tasa de aprendizaje 0,05: lo bastante grande para avanzar, lo bastante pequeña para no pasarse.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Learning rate 3: every step jumps far past the bottom of the valley.</source>
      <translation>Tasa de aprendizaje 3: cada paso salta mucho más allá del fondo del valle.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Learning rate: too high, too low, just right</source>
      <translation>Tasa de aprendizaje: demasiado alta, demasiado baja, justa</translation>
    </message>
    <message>
      <location filename="presets/linear_regression.json" line="0" />
      <source>Linear regression</source>
      <translation>Regresión lineal</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Linear regression on raw inputs</source>
      <translation>Regresión lineal con entradas sin procesar</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Linear regression, and why raw SGD diverges</source>
      <translation>Regresión lineal, y por qué el SGD con entradas sin procesar diverge</translation>
    </message>
    <message>
      <location filename="presets/mnist_cnn.json" line="0" />
      <source>MNIST convolutional network</source>
      <translation>Red convolucional para MNIST</translation>
    </message>
    <message>
      <location filename="presets/mnist_mlp.json" line="0" />
      <source>MNIST multilayer perceptron</source>
      <translation>Perceptrón multicapa para MNIST</translation>
    </message>
    <message>
      <location filename="presets/mnist_resnet.json" line="0" />
      <source>MNIST residual network</source>
      <translation>Red residual para MNIST</translation>
    </message>
    <message>
      <location filename="presets/mnist_lstm.json" line="0" />
      <source>MNIST rows through an LSTM</source>
      <translation>Filas de MNIST a través de una LSTM</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>MNIST: 28 by 28 grey pictures of handwritten digits, 60,000 to learn from and 10,000 kept aside to test on. Flatten turns each picture into one row of 784 numbers.</source>
      <translation>MNIST: imágenes en escala de grises de 28 por 28 de dígitos manuscritos, 60.000 para aprender y 10.000 reservadas para la prueba. Flatten convierte cada imagen en una fila de 784 números.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Many weights, few examples</source>
      <translation>Muchos pesos, pocos ejemplos</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>Meet the neuron</source>
      <translation>Conozca la neurona</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>New weights again, the same seed.</source>
      <translation>De nuevo pesos nuevos, con la misma semilla.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>New weights from the same seed, so the runs are comparable.</source>
      <translation>Pesos nuevos a partir de la misma semilla, para que las ejecuciones sean comparables.</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Ninety pictures</source>
      <translation>Noventa imágenes</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Now every layer is blue and the network separates the moons.</source>
      <translation>Ahora todas las capas están en azul y la red separa las lunas.</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Now the loss falls smoothly, and the neuron predicts 301 for 150: it found y = 2x + 1.</source>
      <translation>Ahora la pérdida baja de forma suave y la neurona predice 301 para 150: encontró y = 2x + 1.</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Now your own</source>
      <translation>Ahora, las suyas</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Once the picture is one long row of numbers, does the network still know which pixels were neighbours?</source>
      <translation>Una vez que la imagen es una larga fila de números, ¿sabe aún la red qué píxeles eran vecinos?</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>One input, one neuron, one output. The neuron computes w times x plus b; it starts with random w and b. We show it five examples: 1 gives 2, 2 gives 4, ... 5 gives 10.</source>
      <translation>Una entrada, una neurona, una salida. La neurona calcula w por x más b; empieza con w y b aleatorios. Le mostramos cinco ejemplos: 1 da 2, 2 da 4, ... 5 da 10.</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>One neuron fits y = 2x + 1 on x = 0..99. Plain SGD at lr 0.01 on the raw x (values up to 99) overshoots and the loss becomes NaN, so this design standardises the inputs (dataset option normalize: x minus its mean, over its standard deviation), which lets the same SGD at lr 0.01 converge. Then it predicts 301 for 150.</source>
      <translation>Una neurona ajusta y = 2x + 1 en x = 0..99. El SGD simple con lr 0,01 sobre la x sin procesar (valores de hasta 99) se pasa de largo y la pérdida se vuelve NaN, así que este diseño estandariza las entradas (opción del conjunto de datos normalize: x menos su media, dividido por su desviación típica), lo que permite que el mismo SGD con lr 0,01 converja. Después predice 301 para 150.</translation>
    </message>
    <message>
      <location filename="presets/hello_neuron.json" line="0" />
      <source>One neuron learns y = 2x from five examples (x = 1..5). The 'hello world' of neural networks: after training it predicts 14 for 7, a value it never saw.</source>
      <translation>Una neurona aprende y = 2x a partir de cinco ejemplos (x = 1..5). El «hola mundo» de las redes neuronales: tras el entrenamiento predice 14 para 7, un valor que nunca vio.</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>One neuron learns y = 2x from five examples, then answers for a number it never saw.</source>
      <translation>Una neurona aprende y = 2x a partir de cinco ejemplos y luego responde para un número que nunca vio.</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>One neuron, y = w x + b, plain SGD at learning rate 0.01. The inputs are x = 0 to 99, as they come.</source>
      <translation>Una neurona, y = w x + b, SGD simple con tasa de aprendizaje 0,01. Las entradas son x = 0 a 99, tal como vienen.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>One pass is already enough to read most digits: the filters are shared, so each is trained at every position of every image.</source>
      <translation>Una pasada ya basta para leer la mayoría de los dígitos: los filtros se comparten, así que cada uno se entrena en cada posición de cada imagen.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>One sigmoid neuron: it can only draw one straight line.</source>
      <translation>Una neurona sigmoide: solo puede trazar una recta.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>One straight line?</source>
      <translation>¿Una sola recta?</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>One test digit going through the network: the 128 hidden units, then the 10 output probabilities. Pick another sample and watch which units light up.</source>
      <translation>Un dígito de prueba atravesando la red: las 128 unidades ocultas y, después, las 10 probabilidades de salida. Elija otra muestra y observe qué unidades se iluminan.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Overfitting, and Dropout</source>
      <translation>Sobreajuste y Dropout</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Pick two feature maps. What shape in the digit makes each one bright?</source>
      <translation>Elija dos mapas de características. ¿Qué forma del dígito hace que cada uno se ilumine?</translation>
    </message>
    <message>
      <location filename="presets/mnist_lstm.json" line="0" />
      <source>Reads each digit one row at a time: the image becomes a sequence of 28 steps of 28 pixels, and an LSTM with 64 units carries a memory from row to row. Its last state classifies the digit. A first recurrent network.</source>
      <translation>Lee cada dígito fila a fila: la imagen se convierte en una secuencia de 28 pasos de 28 píxeles, y una LSTM con 64 unidades lleva una memoria de una fila a otra. Su último estado clasifica el dígito. Una primera red recurrente.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Rows are the true digits, columns what the network said. Nearly everything sits on the diagonal. Click a cell off the diagonal to see the digits it got wrong: 4 and 9, 3 and 5, 7 and 2.</source>
      <translation>Las filas son los dígitos reales; las columnas, lo que dijo la red. Casi todo está en la diagonal. Haga clic en una celda fuera de la diagonal para ver los dígitos en los que se equivocó: 4 y 9, 3 y 5, 7 y 2.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Select the Conv2d card to see its 32 filters as 3 by 3 pictures: positive weights in one colour, negative in the other. An edge detector has a bright side and a dark side.</source>
      <translation>Seleccione la tarjeta Conv2d para ver sus 32 filtros como imágenes de 3 por 3: los pesos positivos en un color y los negativos en el otro. Un detector de bordes tiene un lado claro y otro oscuro.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Seventy thousand digits</source>
      <translation>Setenta mil dígitos</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Side by side</source>
      <translation>Lado a lado</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Sigmoid vs ReLU in a deep network</source>
      <translation>Sigmoid frente a ReLU en una red profunda</translation>
    </message>
    <message>
      <location filename="presets/simple_sigmoid.json" line="0" />
      <source>Simple sigmoid network</source>
      <translation>Red sigmoide sencilla</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Six ReLU layers</source>
      <translation>Seis capas ReLU</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Six Sigmoid layers</source>
      <translation>Seis capas Sigmoid</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Six hidden layers of 16 ReLU units on moons, plain SGD.</source>
      <translation>Seis capas ocultas de 16 unidades ReLU con lunas, SGD simple.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Six hidden layers of 16 Sigmoid units on moons, plain SGD.</source>
      <translation>Seis capas ocultas de 16 unidades Sigmoid con lunas, SGD simple.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Six hidden layers of 16 sigmoid units, trained with plain SGD on two interleaved half-moons.</source>
      <translation>Seis capas ocultas de 16 unidades sigmoide, entrenadas con SGD simple sobre dos medias lunas entrelazadas.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Six hidden layers: with sigmoid the gradient fades on its way back and the first layers barely learn; with ReLU it gets through.</source>
      <translation>Seis capas ocultas: con sigmoide el gradiente se desvanece en su camino de vuelta y las primeras capas apenas aprenden; con ReLU llega hasta ellas.</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Standardise the inputs</source>
      <translation>Estandarizar las entradas</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Start again</source>
      <translation>Empezar de nuevo</translation>
    </message>
    <message>
      <location filename="presets/your_own_pictures.json" line="0" />
      <source>Teachable Machine's idea, offline: MobileNet V3 (small), trained on ImageNet's 1.2 million photos, turns each picture into 576 features and stays frozen (trainable: none); one Linear layer learns your classes from a few dozen pictures each. It opens on a folder bundled with netbuilder (bundled:own_pictures: circles, squares and triangles, 30 of each); point the dataset's path at your own folder, one sub-folder per class, or make one with File &gt; Collect Images. The ImageNet weights come from torch's cache: the first run downloads them; for a computer without internet, fetch them once where there is, with `netbuilder weights fetch mobilenet_v3_small`.</source>
      <translation>La idea de Teachable Machine, sin conexión: MobileNet V3 (small), entrenada con los 1,2 millones de fotos de ImageNet, convierte cada imagen en 576 características y permanece congelada (trainable: none); una capa Linear aprende sus clases a partir de unas pocas docenas de imágenes de cada una. Se abre con una carpeta incluida en netbuilder (bundled:own_pictures: círculos, cuadrados y triángulos, 30 de cada); apunte la ruta del conjunto de datos a su propia carpeta, con una subcarpeta por clase, o cree una con Archivo &gt; Recopilar imágenes. Los pesos de ImageNet proceden de la caché de torch: la primera ejecución los descarga; para un ordenador sin internet, descárguelos una vez en uno que lo tenga, con `netbuilder weights fetch mobilenet_v3_small`.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>That is overfitting: what it learned is too specific to these 1,000 pictures.</source>
      <translation>Eso es sobreajuste: lo que aprendió es demasiado específico de estas 1000 imágenes.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>The Conv2d layer has 32 filters of 3 by 3 pixels. Each one slides over the whole image and answers one question everywhere: is my pattern here? The same 9 weights are used at every position.</source>
      <translation>La capa Conv2d tiene 32 filtros de 3 por 3 píxeles. Cada uno se desliza sobre toda la imagen y responde en todas partes a una pregunta: ¿está aquí mi patrón? Los mismos 9 pesos se usan en cada posición.</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>The Pretrained node is MobileNet V3, already trained to name 1,000 kinds of things in ImageNet's photos. Its last layer is gone: it turns any picture into 576 numbers, features such as edges, corners and curves. The Summary shows its 927,008 weights as frozen: they will not change. Only the Linear layer after it learns: 1,731 weights.</source>
      <translation>El nodo Pretrained es MobileNet V3, ya entrenada para nombrar 1000 tipos de cosas en las fotos de ImageNet. Se le ha quitado la última capa: convierte cualquier imagen en 576 números, características como bordes, esquinas y curvas. El Resumen muestra sus 927.008 pesos como congelados: no cambiarán. Solo aprende la capa Linear que va detrás: 1731 pesos.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>The boundary panel shows the four points on the plane of the two inputs. Once the network has trained, it colours the whole plane by what the network predicts there.</source>
      <translation>El panel de la frontera muestra los cuatro puntos en el plano de las dos entradas. Cuando la red se ha entrenado, colorea todo el plano según lo que la red predice en cada lugar.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>The canvas now colours each ReLU layer by how many of its units output 0 for every input. A unit whose input is negative for every point outputs 0 and gets no gradient: it is dead and never recovers.</source>
      <translation>Ahora el lienzo colorea cada capa ReLU según cuántas de sus unidades dan 0 para cualquier entrada. Una unidad cuya entrada es negativa para todos los puntos da 0 y no recibe gradiente: está muerta y nunca se recupera.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>The cards will be coloured by how much gradient each layer gets: blue is plenty, red is almost none.</source>
      <translation>Las tarjetas se colorearán según cuánto gradiente recibe cada capa: azul es mucho, rojo es casi nada.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>The classic first network: 60,000 handwritten digits, one hidden layer of 128 units, five passes over the data, about 98% of new digits read right.</source>
      <translation>La primera red clásica: 60.000 dígitos manuscritos, una capa oculta de 128 unidades, cinco pasadas por los datos y alrededor del 98 % de los dígitos nuevos leídos correctamente.</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>The dataset is a folder with one sub-folder per class: 30 circles, 30 squares and 30 triangles, in every colour, size and place. 63 pictures to learn from, 27 held back to check. MNIST's networks learn from 60,000 digits.</source>
      <translation>El conjunto de datos es una carpeta con una subcarpeta por clase: 30 círculos, 30 cuadrados y 30 triángulos, de todos los colores, tamaños y posiciones. 63 imágenes para aprender y 27 reservadas para comprobar. Las redes de MNIST aprenden de 60.000 dígitos.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>The filters themselves</source>
      <translation>Los propios filtros</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>The hidden layer's 128 units each weigh all 784 pixels. The output layer turns them into 10 probabilities, one per digit.</source>
      <translation>Cada una de las 128 unidades de la capa oculta pondera los 784 píxeles. La capa de salida las convierte en 10 probabilidades, una por dígito.</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>The loss became NaN (not a number). What could we change: the learning rate, or the inputs?</source>
      <translation>La pérdida se volvió NaN (no es un número). ¿Qué podríamos cambiar: la tasa de aprendizaje o las entradas?</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>The loss creeps down. Forty epochs are not enough to get anywhere.</source>
      <translation>La pérdida baja muy despacio. Cuarenta épocas no bastan para llegar a ninguna parte.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>The loss falls fast and stays down: both arms are learned.</source>
      <translation>La pérdida baja rápido y se mantiene baja: se aprenden ambos brazos.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>The loss hardly moves. Which layers are learning, and which are not?</source>
      <translation>La pérdida apenas se mueve. ¿Qué capas aprenden y cuáles no?</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>The plane</source>
      <translation>El plano</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>The problems list says it in words too.</source>
      <translation>La lista Problemas también lo dice con palabras.</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>The same network and SGD, but each x becomes (x minus the mean) over the standard deviation: values around -1.7 to 1.7.</source>
      <translation>La misma red y el mismo SGD, pero cada x pasa a ser (x menos la media) dividido por la desviación típica: valores de aproximadamente -1,7 a 1,7.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>The same network on the same spirals, three times, with three learning rates; then the three runs side by side.</source>
      <translation>La misma red con las mismas espirales, tres veces, con tres tasas de aprendizaje; después, las tres ejecuciones lado a lado.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>The same network with 8 hidden units: if a few die, the others still draw the lines XOR needs.</source>
      <translation>La misma red con 8 unidades ocultas: si mueren unas pocas, las demás siguen trazando las rectas que necesita XOR.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>The same network with Dropout layers: in every training batch, 20% of the pixels and half of the hidden units are switched off at random. No unit can rely on one other unit, so the network has to learn features that work in many combinations.</source>
      <translation>La misma red con capas Dropout: en cada lote de entrenamiento se apagan al azar el 20 % de los píxeles y la mitad de las unidades ocultas. Ninguna unidad puede depender de otra, así que la red tiene que aprender características que funcionen en muchas combinaciones.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>The same network with Dropout: 20% of the pixels and 50% of the hidden units are switched off at random in every training batch (never when predicting).</source>
      <translation>La misma red con Dropout: en cada lote de entrenamiento se apagan al azar el 20 % de los píxeles y el 50 % de las unidades ocultas (nunca al predecir).</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>The same neuron fits y = 2x + 1, first on raw inputs up to 99 (the loss explodes), then on standardised inputs (it converges).</source>
      <translation>La misma neurona ajusta y = 2x + 1, primero con entradas sin procesar de hasta 99 (la pérdida explota) y después con entradas estandarizadas (converge).</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>The same six layers with ReLU: its slope is 1 wherever the unit is active, so the gradient gets through.</source>
      <translation>Las mismas seis capas con ReLU: su pendiente es 1 allí donde la unidad está activa, así que el gradiente llega.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>The same with ReLU</source>
      <translation>Lo mismo con ReLU</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>The three runs, overlaid: the same network, only the learning rate differs.</source>
      <translation>Las tres ejecuciones superpuestas: la misma red; solo cambia la tasa de aprendizaje.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>The training accuracy is 100%. Why is the network worse on digits it has not seen?</source>
      <translation>La precisión de entrenamiento es del 100 %. ¿Por qué la red es peor con dígitos que no ha visto?</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>The training loss falls more slowly and stays noisier. The validation loss ends lower and rises much less.</source>
      <translation>La pérdida de entrenamiento baja más despacio y tiene más ruido. La pérdida de validación termina más baja y sube mucho menos.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>The two runs overlaid: without Dropout the validation loss climbs; with Dropout it stays lower. The only change is the Dropout layers.</source>
      <translation>Las dos ejecuciones superpuestas: sin Dropout la pérdida de validación sube; con Dropout se mantiene más baja. El único cambio son las capas Dropout.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>To keep it short we learn from the first 20,000 digits, once. The full preset trains five epochs on all 60,000.</source>
      <translation>Para abreviar, aprendemos de los primeros 20.000 dígitos, una sola vez. La plantilla completa entrena cinco épocas con los 60.000.</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>Train</source>
      <translation>Entrenar</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Train again</source>
      <translation>Entrenar de nuevo</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Train five epochs</source>
      <translation>Entrenar cinco épocas</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Train forty epochs</source>
      <translation>Entrenar cuarenta épocas</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Train on raw inputs</source>
      <translation>Entrenar con entradas sin procesar</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Train the head</source>
      <translation>Entrenar la cabeza</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Train the single neuron</source>
      <translation>Entrenar la neurona</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Train with eight units</source>
      <translation>Entrenar con ocho unidades</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Train with two units</source>
      <translation>Entrenar con dos unidades</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Train: just right</source>
      <translation>Entrenar: justa</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Train: too high</source>
      <translation>Entrenar: demasiado alta</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Train: too low</source>
      <translation>Entrenar: demasiado baja</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Twenty passes over the 63 pictures. Only the head learns, from the backbone's features. Watch the accuracy on the pictures held back as well as on the training ones.</source>
      <translation>Veinte pasadas por las 63 imágenes. Solo aprende la cabeza, a partir de las características de la red base. Observe la precisión en las imágenes reservadas además de en las de entrenamiento.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Two arms wound around each other. The network has two hidden layers of 32 units. The learning rate sets how big each step down the loss is.</source>
      <translation>Dos brazos enrollados el uno en el otro. La red tiene dos capas ocultas de 32 unidades. La tasa de aprendizaje fija el tamaño de cada paso cuesta abajo en la pérdida.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Two hidden ReLU units</source>
      <translation>Dos unidades ReLU ocultas</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Two hidden ReLU units: just enough in theory.</source>
      <translation>Dos unidades ReLU ocultas: justo las suficientes en teoría.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Two hidden layers of 512 units (about 670,000 weights) trained on 1,000 MNIST digits; 1,000 more are held out to validate.</source>
      <translation>Dos capas ocultas de 512 unidades (unos 670.000 pesos) entrenadas con 1000 dígitos de MNIST; otros 1000 se reservan para validar.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Two hidden layers of 512 units: about 670,000 weights. Only 1,000 digits to learn from, and 1,000 more held out to check on.</source>
      <translation>Dos capas ocultas de 512 unidades: unos 670.000 pesos. Solo 1000 dígitos de los que aprender y otros 1000 reservados para comprobar.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Two hidden units each draw a line, and the output neuron combines them. In theory that is enough for XOR.</source>
      <translation>Cada una de las dos unidades ocultas traza una recta, y la neurona de salida las combina. En teoría, eso basta para XOR.</translation>
    </message>
    <message>
      <location filename="presets/spirals.json" line="0" />
      <source>Two interleaved spirals: a classic hard 2-D problem. Two hidden layers of 32 tanh units bend the plane until the arms come apart. Watch the decision boundary wind up as it trains.</source>
      <translation>Dos espirales entrelazadas: un problema 2D clásico y difícil. Dos capas ocultas de 32 unidades tanh doblan el plano hasta que los brazos se separan. Observe cómo se enrosca la frontera de decisión durante el entrenamiento.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Two spirals</source>
      <translation>Dos espirales</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Watch both losses. The training loss goes to almost zero: every one of the 1,000 digits is right. The validation loss falls for a few epochs, then rises: the network learns the examples by heart, not the digits.</source>
      <translation>Observe ambas pérdidas. La pérdida de entrenamiento llega casi a cero: todos y cada uno de los 1000 dígitos están bien. La pérdida de validación baja durante unas épocas y luego sube: la red se aprende de memoria los ejemplos, no los dígitos.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Watch the boundary bend around the points until each corner is on its side. The canvas shows how many units died: the spare ones make that harmless.</source>
      <translation>Observe cómo la frontera se curva alrededor de los puntos hasta que cada esquina queda en su lado. El lienzo muestra cuántas unidades murieron: las de sobra hacen que eso no importe.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Watch the colours: the first layers turn red. A sigmoid's slope is at most 0.25, and six of them in a row shrink the gradient about 100,000 times.</source>
      <translation>Observe los colores: las primeras capas se vuelven rojas. La pendiente de una sigmoide es como mucho 0,25, y seis seguidas reducen el gradiente unas 100.000 veces.</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>Watch the loss fall on the curve: each epoch nudges w and b to make the mistakes smaller.</source>
      <translation>Observe cómo baja la pérdida en la curva: cada época ajusta un poco w y b para reducir los errores.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Watch the loss jump around instead of falling. The network ends no better than a coin.</source>
      <translation>Observe cómo la pérdida salta de un lado a otro en lugar de bajar. La red no acaba siendo mejor que lanzar una moneda.</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Watch the loss. Each step's size grows with x, and x is up to 99: every update overshoots more than the last.</source>
      <translation>Observe la pérdida. El tamaño de cada paso crece con x, y x llega hasta 99: cada actualización se pasa más que la anterior.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Watch the loss: it stops falling. The best one line can do is a guess, so the neuron ends up saying about 0.5 everywhere.</source>
      <translation>Observe la pérdida: deja de bajar. Lo mejor que puede hacer una sola recta es adivinar, así que la neurona acaba diciendo alrededor de 0,5 en todas partes.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>What do they look for?</source>
      <translation>¿Qué buscan?</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>What does flattening lose?</source>
      <translation>¿Qué se pierde al aplanar?</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>What fixed it</source>
      <translation>Qué lo arregló</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>What went wrong?</source>
      <translation>¿Qué salió mal?</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Which digits are confused?</source>
      <translation>¿Qué dígitos se confunden?</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Which ones does it mix up?</source>
      <translation>¿Cuáles confunde?</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Which three things in this room could we teach it to tell apart?</source>
      <translation>¿Qué tres cosas de esta aula podríamos enseñarle a distinguir?</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Why do units die?</source>
      <translation>¿Por qué mueren las unidades?</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Why freeze it?</source>
      <translation>¿Por qué congelarla?</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Why is it stuck?</source>
      <translation>¿Por qué está atascada?</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Why keep the backbone's 927,008 weights as they are instead of training them on our 63 pictures?</source>
      <translation>¿Por qué mantener tal cual los 927.008 pesos de la red base en lugar de entrenarlos con nuestras 63 imágenes?</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>With only two units, one dead unit leaves a single line again.</source>
      <translation>Con solo dos unidades, una unidad muerta vuelve a dejar una sola recta.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>With only two units, what happens to the network when one of them dies?</source>
      <translation>Con solo dos unidades, ¿qué le pasa a la red cuando una de ellas muere?</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>With so few pictures a network learns them by heart: the colours, the places, the stray lines. Nothing that tells a circle from a square in a picture it has not seen.</source>
      <translation>Con tan pocas imágenes, una red se las aprende de memoria: los colores, las posiciones, las líneas sueltas. Nada que distinga un círculo de un cuadrado en una imagen que no ha visto.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>With this seed it gets stuck too. The loss stays flat.</source>
      <translation>Con esta semilla también se atasca. La pérdida no se mueve.</translation>
    </message>
    <message>
      <location filename="presets/xor.json" line="0" />
      <source>XOR</source>
      <translation>XOR</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>XOR is 1 when exactly one input is 1. The two 1s sit on one diagonal, the two 0s on the other. This network is a single neuron: a weighted sum and a sigmoid.</source>
      <translation>XOR vale 1 cuando exactamente una entrada vale 1. Los dos 1 están en una diagonal y los dos 0, en la otra. Esta red es una sola neurona: una suma ponderada y una sigmoide.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>XOR with 2 hidden ReLU units</source>
      <translation>XOR con 2 unidades ReLU ocultas</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>XOR with one neuron</source>
      <translation>XOR con una neurona</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>XOR: why one neuron is not enough</source>
      <translation>XOR: por qué no basta una neurona</translation>
    </message>
    <message>
      <location filename="presets/your_own_pictures.json" line="0" />
      <source>Your own pictures</source>
      <translation>Sus propias imágenes</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Your own pictures: borrowing a network's eyes</source>
      <translation>Sus propias imágenes: tomar prestados los ojos de una red</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Your turn</source>
      <translation>Su turno</translation>
    </message>
  </context>
  <context>
    <name>netbuilder</name>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="55" />
      <source> (it defines no nn.Module class)</source>
      <translation> (no define ninguna clase nn.Module)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="54" />
      <source> (its nn.Module classes: {found})</source>
      <translation> (sus clases nn.Module: {found})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="56" />
      <source> (or to 1: two classes can share one output)</source>
      <translation> (o a 1: dos clases pueden compartir una salida)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/summary.py" line="85" />
      <source> (too much: training would be refused)</source>
      <translation> (demasiada: se rechazaría el entrenamiento)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="274" />
      <source> ({share} of class {name})</source>
      <translation> ({share} de la clase {name})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="46" />
      <source> For two classes and one output use the bce loss.</source>
      <translation> Para dos clases y una salida, use la pérdida bce.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="206" />
      <source> Last epoch: {scores}.</source>
      <translation> Última época: {scores}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="72" />
      <source> TensorBoard logs: {folder}</source>
      <translation> Registros de TensorBoard: {folder}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="279" />
      <source> The weights were put back to those at the end of epoch {epoch}.</source>
      <translation> Se restauraron los pesos del final de la época {epoch}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="280" />
      <source> The weights were put back to those at the start of the run.</source>
      <translation> Se restauraron los pesos del inicio de la ejecución.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="217" />
      <source> There is no validation split, so early stopping watched {key} instead of {monitor}.</source>
      <translation> No hay partición de validación, así que la detención temprana vigiló {key} en lugar de {monitor}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="217" />
      <source> after epoch {epoch}</source>
      <translation> tras la época {epoch}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/vision.py" line="44" />
      <source> and downloading it failed ({exc})</source>
      <translation> y su descarga falló ({exc})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="215" />
      <source> during epoch {epoch} (after batch {batches})</source>
      <translation> durante la época {epoch} (tras el lote {batches})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="201" />
      <source> in layer '{target}'</source>
      <translation> en la capa '{target}'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="200" />
      <source> in {label}</source>
      <translation> en {label}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="50" />
      <source>&amp;Copy</source>
      <translation>&amp;Copiar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="53" />
      <source>&amp;Delete</source>
      <translation>&amp;Eliminar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="123" />
      <source>&amp;Edit</source>
      <translation>&amp;Editar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="56" />
      <source>&amp;Evaluate on Test Split</source>
      <translation>E&amp;valuar con la partición de prueba</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="108" />
      <source>&amp;Export</source>
      <translation>E&amp;xportar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="98" />
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="71" />
      <source>&amp;Find a Layer</source>
      <translation>&amp;Buscar una capa</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="57" />
      <source>&amp;Fit to View</source>
      <translation>&amp;Ajustar a la vista</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="77" />
      <source>&amp;Go to the Canvas</source>
      <translation>&amp;Ir al lienzo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/language.py" line="47" />
      <source>&amp;Language</source>
      <translation>&amp;Idioma</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="147" />
      <source>&amp;Lessons</source>
      <translation>&amp;Lecciones</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="39" />
      <source>&amp;New</source>
      <translation>&amp;Nuevo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="79" />
      <source>&amp;Next Step</source>
      <translation>Paso &amp;siguiente</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="40" />
      <source>&amp;Open…</source>
      <translation>&amp;Abrir…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="51" />
      <source>&amp;Paste</source>
      <translation>&amp;Pegar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="52" />
      <source>&amp;Pause / Resume</source>
      <translation>&amp;Pausa / Reanudar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="61" />
      <source>&amp;Presentation</source>
      <translation>&amp;Presentación</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="81" />
      <source>&amp;Previous Step</source>
      <translation>Paso &amp;anterior</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="48" />
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="80" />
      <source>&amp;Redo</source>
      <translation>&amp;Rehacer</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="60" />
      <source>&amp;Reset Panels</source>
      <translation>&amp;Restablecer paneles</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="55" />
      <source>&amp;Reset Weights</source>
      <translation>Re&amp;iniciar pesos</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="46" />
      <source>&amp;Save</source>
      <translation>&amp;Guardar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="54" />
      <source>&amp;Stop</source>
      <translation>&amp;Detener</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="50" />
      <source>&amp;Train</source>
      <translation>&amp;Entrenar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="66" />
      <source>&amp;Training</source>
      <translation>En&amp;trenamiento</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="77" />
      <source>&amp;Undo</source>
      <translation>&amp;Deshacer</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="128" />
      <source>&amp;View</source>
      <translation>&amp;Ver</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="73" />
      <source>&amp;Worksheet (PDF)…</source>
      <translation>&amp;Hoja de trabajo (PDF)…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="174" />
      <source>'{key}' is not name or description</source>
      <translation>'{key}' no es name ni description</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="81" />
      <source>'{name}'</source>
      <translation>'{name}'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="67" />
      <source>'{name}' must be a number, not {value}</source>
      <translation>'{name}' debe ser un número, no {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/fields.py" line="64" />
      <source>'{name}' must be a number; '{text}' is not</source>
      <translation>'{name}' debe ser un número; '{text}' no lo es</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="72" />
      <source>'{name}' must be a whole number or a list of whole numbers, not {value}</source>
      <translation>'{name}' debe ser un número entero o una lista de números enteros, no {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="63" />
      <source>'{name}' must be a whole number, not {value}</source>
      <translation>'{name}' debe ser un número entero, no {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="54" />
      <source>'{name}' must be a word or a file's path, not {value}</source>
      <translation>'{name}' debe ser una palabra o la ruta de un archivo, no {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="89" />
      <source>'{name}' must be at least {min:g}; it is {value}</source>
      <translation>'{name}' debe ser como mínimo {min:g}; es {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="91" />
      <source>'{name}' must be at most {max:g}; it is {value}</source>
      <translation>'{name}' debe ser como máximo {max:g}; es {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="59" />
      <source>'{name}' must be one of {choices}; it is {value}</source>
      <translation>'{name}' debe ser uno de {choices}; es {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="50" />
      <source>'{name}' must be true or false, not {value}</source>
      <translation>'{name}' debe ser verdadero o falso, no {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="76" />
      <source>'{name}' must hold whole numbers only, not {item}</source>
      <translation>'{name}' solo debe contener números enteros, no {item}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="48" />
      <source>'{name}' needs a value</source>
      <translation>'{name}' necesita un valor</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/fields.py" line="67" />
      <source>'{name}' takes one whole number; '{text}' is not</source>
      <translation>'{name}' admite un número entero; '{text}' no lo es</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/fields.py" line="62" />
      <source>'{name}' takes whole numbers such as {example}; '{text}' is not</source>
      <translation>'{name}' admite números enteros como {example}; '{text}' no lo es</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="81" />
      <source>'{name}' {items} describes {count:.3g} values per sample, more than any computer holds (at most {limit:.3g})</source>
      <translation>'{name}' {items} describe {count:.3g} valores por muestra, más de los que caben en cualquier ordenador (como máximo {limit:.3g})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="51" />
      <source>'{text}' is a device name on Windows, so no folder can have it: choose another name</source>
      <translation>'{text}' es un nombre de dispositivo en Windows, así que ninguna carpeta puede llamarse así: elija otro nombre</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/gallery.py" line="209" />
      <source>(cannot be read: {problem})</source>
      <translation>(no se puede leer: {problem})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="154" />
      <source>(not set)</source>
      <translation>(sin definir)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="146" />
      <source>(now {rate})</source>
      <translation>(ahora {rate})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="276" />
      <source>, correct</source>
      <translation>, correcto</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/memory.py" line="170" />
      <source>, or raise the limit</source>
      <translation>, o aumente el límite</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="100" />
      <source>--metric {metric}: a sweep ranks trials by one of {names}</source>
      <translation>--metric {metric}: un barrido clasifica los ensayos por una de {names}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_checks.py" line="30" />
      <source>--metric {metric}: a {task} design measures {task_monitors}</source>
      <translation>--metric {metric}: un diseño de {task} mide {task_monitors}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="133" />
      <source>--sampler {sampler}: use tpe or random</source>
      <translation>--sampler {sampler}: use tpe o random</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="126" />
      <source>--storage {url}: cannot open it ({why})</source>
      <translation>--storage {url}: no se puede abrir ({why})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="114" />
      <source>--storage {url}: write a database URL, e.g. sqlite:///{url} for a file here</source>
      <translation>--storage {url}: escriba una URL de base de datos, p. ej., sqlite:///{url} para un archivo aquí</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="286" />
      <source>--trials must be a whole number of at least 1, not {trials!r}</source>
      <translation>--trials debe ser un número entero de al menos 1, no {trials!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="34" />
      <source>0% dead</source>
      <translation>0 % muertas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="34" />
      <source>0% saturated</source>
      <translation>0 % saturadas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="154" />
      <source>1 batch</source>
      <translation>1 lote</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="80" />
      <source>1/{n:,} of the largest</source>
      <translation>1/{n:,} del máximo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="34" />
      <source>100%</source>
      <translation>100 %</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="34" />
      <source>100% dead</source>
      <translation>100 % muertas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="413" />
      <source>; forward() does not use {names}</source>
      <translation>; forward() no usa {names}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="140" />
      <source>; resized and centre-cropped as {model}'s ImageNet weights expect</source>
      <translation>; redimensionadas y recortadas al centro como esperan los pesos de ImageNet de {model}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="138" />
      <source>; resized and centre-cropped as {model}'s ImageNet weights expect, normalised with ImageNet's mean and std</source>
      <translation>; redimensionadas y recortadas al centro como esperan los pesos de ImageNet de {model}, normalizadas con la media y la desviación típica de ImageNet</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="106" />
      <source>; {sentence}</source>
      <translation>; {sentence}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="128" />
      <source>; {skipped} link out of the folder, back into it or to what is not a file were not followed</source>
      <translation>; no se siguió {skipped} enlace que salía de la carpeta, volvía a ella o apuntaba a algo que no es un archivo</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="131" />
      <source>; {skipped} links out of the folder, back into it or to what is not a file were not followed</source>
      <translation>; no se siguieron {skipped} enlaces que salían de la carpeta, volvían a ella o apuntaban a algo que no es un archivo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="368" />
      <source>&lt;b&gt;Design&lt;/b&gt;&amp;nbsp; {name}</source>
      <translation>&lt;b&gt;Diseño&lt;/b&gt;&amp;nbsp; {name}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="162" />
      <source>&lt;b&gt;Runs&lt;/b&gt;</source>
      <translation>&lt;b&gt;Ejecuciones&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="282" />
      <source>&lt;b&gt;Which setting mattered&lt;/b&gt;</source>
      <translation>&lt;b&gt;Qué ajuste importó&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="152" />
      <source>&lt;b&gt;{suggested}&lt;/b&gt;{now}. It is {rule}.{said}&lt;br&gt;Tried {tried} on a copy of the weights, thrown away after: the network and its runs are as they were. {ended} &lt;i&gt;Use it&lt;/i&gt; sets the design's learning rate; Undo puts the old one back.</source>
      <translation>&lt;b&gt;{suggested}&lt;/b&gt;{now}. Es {rule}.{said}&lt;br&gt;Se probaron {tried} en una copia de los pesos, descartada después: la red y sus ejecuciones siguen como estaban. {ended} &lt;i&gt;Usarla&lt;/i&gt; fija la tasa de aprendizaje del diseño; Deshacer restaura la anterior.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/items.py" line="131" />
      <source>&lt;p&gt;&lt;b&gt;Health:&lt;/b&gt; {text}&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Salud:&lt;/b&gt; {text}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="74" />
      <source>A PDF to hand out: the network, its summary, settings, curves and the lesson's questions</source>
      <translation>Un PDF para repartir: la red, su resumen, los ajustes, las curvas y las preguntas de la lección</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="152" />
      <source>A Softmax output with the mse loss learns slowly; cross_entropy is the usual loss for classifiers.</source>
      <translation>Una salida Softmax con la pérdida mse aprende despacio; cross_entropy es la pérdida habitual para clasificadores.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/followers.py" line="153" />
      <source>A decision boundary needs 1 or 2 inputs; this network has {n:,}.</source>
      <translation>Una frontera de decisión necesita 1 o 2 entradas; esta red tiene {n:,}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="45" />
      <source>A fully connected (dense) layer: every output is a weighted sum of all inputs plus a bias. The workhorse of most networks; follow it with an activation such as ReLU. It acts on the last dimension, so put a Flatten before it for images.</source>
      <translation>Una capa totalmente conectada (densa): cada salida es una suma ponderada de todas las entradas más un sesgo. La base de la mayoría de las redes; póngale detrás una activación como ReLU. Actúa sobre la última dimensión, así que, para imágenes, ponga antes un Flatten.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="198" />
      <source>A learned upsampling: the reverse of a strided convolution, it spreads each input value over a small patch of a larger output. Use it in decoders and generators to grow images.</source>
      <translation>Un sobremuestreo aprendido: lo inverso de una convolución con paso; reparte cada valor de entrada sobre un pequeño parche de una salida mayor. Úselo en decodificadores y generadores para agrandar imágenes.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="161" />
      <source>A lesson someone gave you: a .json lesson or a .nblesson with its weights</source>
      <translation>Una lección que alguien le ha dado: una lección .json o una .nblesson con sus pesos</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="66" />
      <source>A lookup table that turns each token number (a word or character index) into a learned vector of embedding_dim values. Put it first in a text model, then a recurrent or attention layer.</source>
      <translation>Una tabla de consulta que convierte cada número de token (el índice de una palabra o de un carácter) en un vector aprendido de embedding_dim valores. Póngala en primer lugar en un modelo de texto y, después, una capa recurrente o de atención.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pretrained.py" line="176" />
      <source>A network already trained on ImageNet's 1.2 million photos (torchvision's resnet18, mobilenet_v3_small or efficientnet_b0) without its classifier: it turns an image into a feature vector, and a small Linear head after it learns your own classes from a few pictures.</source>
      <translation>Una red ya entrenada con los 1,2 millones de fotos de ImageNet (resnet18, mobilenet_v3_small o efficientnet_b0 de torchvision) sin su clasificador: convierte una imagen en un vector de características, y una pequeña cabeza Linear detrás de ella aprende sus propias clases a partir de unas pocas imágenes.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="116" />
      <source>A ring inside a ring (2-D, 2 classes), 1000 train / 500 test.</source>
      <translation>Un anillo dentro de otro (2D, 2 clases), 1000 de entrenamiento / 500 de prueba.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="306" />
      <source>A run is going on: a sweep can start once it ends.</source>
      <translation>Hay una ejecución en curso: se podrá iniciar un barrido cuando termine.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="21" />
      <source>A run is training. Stop it (its weights so far are kept in the runs list) and go on?</source>
      <translation>Se está entrenando una ejecución. ¿Detenerla (sus pesos hasta ahora se conservan en la lista de ejecuciones) y continuar?</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="250" />
      <source>A run or an evaluation is going on: find a learning rate when it ends</source>
      <translation>Hay una ejecución o una evaluación en curso: busque una tasa de aprendizaje cuando termine</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="97" />
      <source>A trial whose score at an epoch is worse than the median of the earlier trials at that epoch stops there (pruned): more trials in the same time</source>
      <translation>Un ensayo cuya puntuación en una época es peor que la mediana de los ensayos anteriores en esa época se detiene ahí (podado): más ensayos en el mismo tiempo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="118" />
      <source>Accuracy</source>
      <translation>Precisión</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="44" />
      <source>Accuracy curves</source>
      <translation>Curvas de precisión</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="55" />
      <source>Accuracy of each run</source>
      <translation>Precisión de cada ejecución</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="19" />
      <source>Activation</source>
      <translation>Activación</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/recurrent.py" line="78" />
      <source>Activation applied at each step</source>
      <translation>Activación aplicada en cada paso</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="93" />
      <source>Activation inside the feed-forward network</source>
      <translation>Activación dentro de la red feed-forward</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="187" />
      <source>Activation memory per sample</source>
      <translation>Memoria de activaciones por muestra</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="96" />
      <source>Activations</source>
      <translation>Activaciones</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="192" />
      <source>Add a class first</source>
      <translation>Añada antes una clase</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="229" />
      <source>Add a class first, then its pictures.</source>
      <translation>Añada antes una clase y luego sus imágenes.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="95" />
      <source>Add class</source>
      <translation>Añadir clase</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="80" />
      <source>Add files…</source>
      <translation>Añadir archivos…</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/merge.py" line="15" />
      <source>Add needs equal shapes; it gets {got}. Change the layers before it so that their outputs match (same units or channels, same size).</source>
      <translation>Add necesita formas iguales; recibe {got}. Cambie las capas anteriores para que sus salidas coincidan (mismas unidades o canales, mismo tamaño).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="337" />
      <source>Add pictures</source>
      <translation>Añadir imágenes</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="81" />
      <source>Add pictures you already have to the chosen class</source>
      <translation>Añadir a la clase elegida imágenes que ya tiene</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/commands.py" line="26" />
      <source>Add {layer}</source>
      <translation>Añadir {layer}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="241" />
      <source>Added {n} picture to {name}.</source>
      <translation>Se añadió {n} imagen a {name}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="242" />
      <source>Added {n} pictures to {name}.</source>
      <translation>Se añadieron {n} imágenes a {name}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/merge.py" line="41" />
      <source>Adds its inputs element by element. With a skip connection it makes a residual block: the layers in between only learn a correction, which lets deep networks train.</source>
      <translation>Suma sus entradas elemento a elemento. Con una conexión de salto forma un bloque residual: las capas intermedias solo aprenden una corrección, lo que permite entrenar redes profundas.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="104" />
      <source>Advice from the training run: it goes away when the run no longer shows it.</source>
      <translation>Consejo de la ejecución de entrenamiento: desaparece cuando la ejecución deja de mostrarlo.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="102" />
      <source>Advice from the training run: it goes away when the run no longer shows it. Click to show {node} on the canvas.</source>
      <translation>Consejo de la ejecución de entrenamiento: desaparece cuando la ejecución deja de mostrarlo. Haga clic para mostrar {node} en el lienzo.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/recurrent.py" line="84" />
      <source>Also read the sequence backwards; doubles the output size</source>
      <translation>Leer también la secuencia al revés; duplica el tamaño de salida</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="31" />
      <source>An explanation is a hint of what the network used, not proof of why.</source>
      <translation>Una explicación es una pista de lo que usó la red, no una prueba de por qué.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment.py" line="97" />
      <source>Another image of the dataset, and new random draws</source>
      <translation>Otra imagen del conjunto de datos y nuevos sorteos aleatorios</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="59" />
      <source>Arrange the layers top to bottom</source>
      <translation>Ordenar las capas de arriba abajo</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="19" />
      <source>Attention</source>
      <translation>Atención</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="81" />
      <source>Augment</source>
      <translation>Aumento</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="24" />
      <source>Augmentation applies to image datasets</source>
      <translation>El aumento de datos se aplica a conjuntos de datos de imágenes</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="58" />
      <source>Auto-&amp;Layout</source>
      <translation>Disposición &amp;automática</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/view.py" line="197" />
      <source>Auto-layout</source>
      <translation>Disposición automática</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/autosave.py" line="107" />
      <source>Autosave failed: {reason}</source>
      <translation>Falló el guardado automático: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pool.py" line="91" />
      <source>Averages each feature map down to a fixed size, whatever the input size; with output_size 1 it gives one number per channel (global average pooling), often used before the classifier.</source>
      <translation>Promedia cada mapa de características hasta un tamaño fijo, sea cual sea el tamaño de entrada; con output_size 1 da un número por canal (global average pooling), que se usa a menudo antes del clasificador.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="59" />
      <source>Back</source>
      <translation>Atrás</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="97" />
      <source>Batch</source>
      <translation>Lote</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="86" />
      <source>Boundary</source>
      <translation>Frontera</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="65" />
      <source>C&amp;onnect To…</source>
      <translation>C&amp;onectar con…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="195" />
      <source>CPU</source>
      <translation>CPU</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="32" />
      <source>CPU ({cores} core)</source>
      <translation>CPU ({cores} núcleo)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="33" />
      <source>CPU ({cores} cores)</source>
      <translation>CPU ({cores} núcleos)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="315" />
      <source>CSV files (*.csv)</source>
      <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="37" />
      <source>CUDA (not available)</source>
      <translation>CUDA (no disponible)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="42" />
      <source>CUDA was requested but this machine has no CUDA device (torch reports none). Use --device cpu or auto.</source>
      <translation>Se pidió CUDA, pero esta máquina no tiene ningún dispositivo CUDA (torch no detecta ninguno). Use --device cpu o auto.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="31" />
      <source>CUDA when there is a CUDA device, else the CPU</source>
      <translation>CUDA si hay un dispositivo CUDA; si no, la CPU</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/camera_feed.py" line="140" />
      <source>Camera</source>
      <translation>Cámara</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="67" />
      <source>Canvas as &amp;PNG (2x)…</source>
      <translation>Lienzo como &amp;PNG (2x)…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="65" />
      <source>Canvas as &amp;SVG…</source>
      <translation>Lienzo como &amp;SVG…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect_row.py" line="45" />
      <source>Capture into this class</source>
      <translation>Capturar en esta clase</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="204" />
      <source>Captured {n} picture into “{name}”: hold the button again for more, choose another class, or Use these images.</source>
      <translation>Se capturó {n} imagen en “{name}”: mantenga pulsado el botón otra vez para capturar más, elija otra clase o pulse Usar estas imágenes.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="206" />
      <source>Captured {n} pictures into “{name}”: hold the button again for more, choose another class, or Use these images.</source>
      <translation>Se capturaron {n} imágenes en “{name}”: mantenga pulsado el botón otra vez para capturar más, elija otra clase o pulse Usar estas imágenes.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/errors.py" line="36" />
      <source>Change the layer the message names, or the one before it, so that the shapes fit, and train again. Your design and the weights of earlier runs are unchanged.</source>
      <translation>Cambie la capa que indica el mensaje, o la anterior, para que las formas encajen, y entrene de nuevo. Su diseño y los pesos de las ejecuciones anteriores no han cambiado.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/errors.py" line="38" />
      <source>Change the setting the message names and train again.</source>
      <translation>Cambie el ajuste que indica el mensaje y entrene de nuevo.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep_rows.py" line="11" />
      <source>Check at least one setting to sweep.</source>
      <translation>Marque al menos un ajuste para el barrido.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/errors.py" line="39" />
      <source>Check the layer or setting the message names, change it and train again. Your design and the weights of earlier runs are unchanged.</source>
      <translation>Revise la capa o el ajuste que indica el mensaje, cámbielo y entrene de nuevo. Su diseño y los pesos de las ejecuciones anteriores no han cambiado.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/errors.py" line="30" />
      <source>Choose CPU (or auto) in the device box and train again.</source>
      <translation>Elija CPU (o auto) en el cuadro de dispositivo y entrene de nuevo.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="109" />
      <source>Choose a dataset in the training settings (nothing to train on yet).</source>
      <translation>Elija un conjunto de datos en los ajustes de entrenamiento (aún no hay nada con lo que entrenar).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="114" />
      <source>Choose…</source>
      <translation>Elegir…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="131" />
      <source>Class</source>
      <translation>Clase</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/common/palette.py" line="47" />
      <source>Classic</source>
      <translation>Clásica</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/camera_feed.py" line="143" />
      <source>Classify what your camera sees, live</source>
      <translation>Clasificar en directo lo que ve la cámara</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="134" />
      <source>Clear</source>
      <translation>Borrar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="21" />
      <source>Click a cell to see its samples here.</source>
      <translation>Haga clic en una celda para ver aquí sus muestras.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="59" />
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="68" />
      <source>Close the lesson: its locks are lifted; the design stays</source>
      <translation>Cerrar la lección: se quitan sus bloqueos; el diseño se mantiene</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="43" />
      <source>Collect &amp;Images…</source>
      <translation>Recopilar &amp;imágenes…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="43" />
      <source>Collect images</source>
      <translation>Recopilar imágenes</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/colour_palette.py" line="23" />
      <source>Colour &amp;palette</source>
      <translation>&amp;Paleta de colores</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="251" />
      <source>Colour jitter: {name} multiplied by a random factor in [1 - {name}, 1 + {name}].</source>
      <translation>Variación de color: {name} multiplicado por un factor aleatorio en [1 - {name}, 1 + {name}].</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="80" />
      <source>Colour scale: each feature map its own range (per unit), one range per layer, or one range for the whole network</source>
      <translation>Escala de color: cada mapa de características con su propio rango (por unidad), un rango por capa o un rango para toda la red</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="145" />
      <source>Colour the layers by a statistic of the training run (probed between batches)</source>
      <translation>Colorear las capas según una estadística de la ejecución de entrenamiento (medida entre lotes)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="96" />
      <source>Colours</source>
      <translation>Colores</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="211" />
      <source>Completed: {took}.{scores}</source>
      <translation>Completado: {took}.{scores}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="251" />
      <source>Computing {method}…</source>
      <translation>Calculando {method}…</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/merge.py" line="31" />
      <source>Concat along dim {dim} needs inputs that agree in every other dimension; it gets {got}.</source>
      <translation>Concat a lo largo de dim {dim} necesita entradas que coincidan en todas las demás dimensiones; recibe {got}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/merge.py" line="25" />
      <source>Concat over dim {dim} does not fit inputs of shape {shape}: dim counts the batch as 0, so use 1..{rank} (or -1 for the last).</source>
      <translation>Concat sobre dim {dim} no encaja con entradas de forma {shape}: dim cuenta el lote como 0, así que use 1..{rank} (o -1 para la última).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="90" />
      <source>Confusion</source>
      <translation>Confusión</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="48" />
      <source>Confusion matrix</source>
      <translation>Matriz de confusión</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="132" />
      <source>Confusion matrix (validation)</source>
      <translation>Matriz de confusión (validación)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="66" />
      <source>Connect the current layer's output to another layer (choose it with the arrow keys)</source>
      <translation>Conectar la salida de la capa actual a otra capa (elíjala con las teclas de flecha)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="126" />
      <source>Connect {node} to…</source>
      <translation>Conectar {node} con…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/commands.py" line="71" />
      <source>Connect {source} to {target}</source>
      <translation>Conectar {source} con {target}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="139" />
      <source>ConvTranspose2d's output_padding must be smaller than its stride; it is {output_padding} with stride {stride}.</source>
      <translation>El output_padding de ConvTranspose2d debe ser menor que su stride; es {output_padding} con stride {stride}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="145" />
      <source>ConvTranspose2d's padding {padding} is too large for its {kernel} kernel on an input of size {height}x{width}: the output would be empty. Use less padding.</source>
      <translation>El padding {padding} de ConvTranspose2d es demasiado grande para su núcleo {kernel} con una entrada de tamaño {height}x{width}: la salida quedaría vacía. Use menos padding.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="18" />
      <source>Convolution</source>
      <translation>Convolución</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="187" />
      <source>Could not find a learning rate</source>
      <translation>No se pudo encontrar una tasa de aprendizaje</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="115" />
      <source>Could not open the checkpoint</source>
      <translation>No se pudo abrir el punto de control</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="198" />
      <source>Could not open the class folder</source>
      <translation>No se pudo abrir la carpeta de clases</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="171" />
      <source>Could not open the design</source>
      <translation>No se pudo abrir el diseño</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lessons.py" line="33" />
      <source>Could not open the lesson</source>
      <translation>No se pudo abrir la lección</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="189" />
      <source>Could not restore the autosaved design</source>
      <translation>No se pudo restaurar el diseño guardado automáticamente</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="130" />
      <source>Could not save the checkpoint</source>
      <translation>No se pudo guardar el punto de control</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="201" />
      <source>Could not save the design</source>
      <translation>No se pudo guardar el diseño</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="188" />
      <source>Could not save your work</source>
      <translation>No se pudo guardar su trabajo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="312" />
      <source>Could not write {path}:
{error}</source>
      <translation>No se pudo escribir {path}:
{error}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="49" />
      <source>Cu&amp;t</source>
      <translation>Cor&amp;tar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="83" />
      <source>Curves</source>
      <translation>Curvas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="125" />
      <source>Cut</source>
      <translation>Cortar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="52" />
      <source>D&amp;uplicate</source>
      <translation>D&amp;uplicar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="96" />
      <source>Dataset</source>
      <translation>Conjunto de datos</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="52" />
      <source>Decision boundary</source>
      <translation>Frontera de decisión</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/commands.py" line="45" />
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="83" />
      <source>Delete selected</source>
      <translation>Eliminar selección</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="18" />
      <source>Dense</source>
      <translation>Densa</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="175" />
      <source>Design</source>
      <translation>Diseño</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="99" />
      <source>Device</source>
      <translation>Dispositivo</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/merge.py" line="51" />
      <source>Dimension to join along, counted with the batch dimension</source>
      <translation>Dimensión a lo largo de la cual unir, contando la dimensión del lote</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/activation.py" line="30" />
      <source>Dimension to normalise over, counted with the batch dimension (-1: the last)</source>
      <translation>Dimensión sobre la que normalizar, contando la dimensión del lote (-1: la última)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="90" />
      <source>Dimension to split (with the batch as 0)</source>
      <translation>Dimensión que dividir (con el lote como 0)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="67" />
      <source>Dis&amp;connect…</source>
      <translation>Des&amp;conectar…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="142" />
      <source>Disconnect {node}</source>
      <translation>Desconectar {node}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/commands.py" line="84" />
      <source>Disconnect {source} from {target}</source>
      <translation>Desconectar {source} de {target}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="225" />
      <source>Diverged: {message}</source>
      <translation>Divergió: {message}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="59" />
      <source>Do it</source>
      <translation>Hacerlo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="377" />
      <source>Do this step's action again</source>
      <translation>Repetir la acción de este paso</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="266" />
      <source>Done: {n} trial.</source>
      <translation>Hecho: {n} ensayo.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="266" />
      <source>Done: {n} trials.</source>
      <translation>Hecho: {n} ensayos.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="106" />
      <source>Downloading {name} into torch's cache (first use of this backbone): {size}</source>
      <translation>Descargando {name} en la caché de torch (primer uso de esta red base): {size}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="338" />
      <source>Drag along an axis to keep the runs within a range; click the axis to clear it.</source>
      <translation>Arrastre a lo largo de un eje para quedarse con las ejecuciones dentro de un rango; haga clic en el eje para quitarlo.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="335" />
      <source>Drag along an axis to keep the runs within a range; click the axis to clear it. Dashed: the runs cut short, {runs}: no final {metric}, so left out of the importance and the best.</source>
      <translation>Arrastre a lo largo de un eje para quedarse con las ejecuciones dentro de un rango; haga clic en el eje para quitarlo. Discontinuas: las ejecuciones interrumpidas, {runs}: sin {metric} final, por lo que quedan fuera de la importancia y de la mejor.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="68" />
      <source>Draw a digit with the mouse; Clear starts again</source>
      <translation>Dibuje un dígito con el ratón; Borrar empieza de nuevo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="235" />
      <source>Drawing by hand needs a 28x28 image; this network takes {shape} pictures. Press Camera above to try it on what your camera sees (then Explain shows what it looked at); the activations panel shows its samples.</source>
      <translation>Dibujar a mano requiere una imagen de 28x28; esta red recibe imágenes de {shape}. Pulse Cámara, arriba, para probarla con lo que ve su cámara (después, Explicar muestra en qué se fijó); el panel de activaciones muestra sus muestras.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="91" />
      <source>Dropout after attention and in the feed-forward network</source>
      <translation>Dropout tras la atención y en la red feed-forward</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/recurrent.py" line="82" />
      <source>Dropout between stacked layers (needs num_layers above 1)</source>
      <translation>Dropout entre capas apiladas (requiere num_layers mayor que 1)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="61" />
      <source>Dropout on the attention weights during training</source>
      <translation>Dropout sobre los pesos de atención durante el entrenamiento</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="151" />
      <source>Duplicate</source>
      <translation>Duplicar</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="58" />
      <source>During training, sets a random fraction p of its inputs to zero (and scales the rest), so the network cannot rely on any single unit. Reduces overfitting; does nothing at test time.</source>
      <translation>Durante el entrenamiento, pone a cero una fracción aleatoria p de sus entradas (y escala el resto), para que la red no pueda depender de ninguna unidad concreta. Reduce el sobreajuste; no hace nada en la prueba.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="59" />
      <source>During training, switches off whole feature maps (channels) at random instead of single values, which suits convolutions whose neighbouring values are alike. Off at test time.</source>
      <translation>Durante el entrenamiento, apaga al azar mapas de características (canales) enteros en lugar de valores sueltos, lo que conviene a las convoluciones, cuyos valores vecinos se parecen. Desactivado en la prueba.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="245" />
      <source>Each image turns by a random angle in [-degrees, degrees].</source>
      <translation>Cada imagen gira un ángulo aleatorio en [-degrees, degrees].</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="37" />
      <source>Each layer's output shape and parameters; Enter on a row selects its layer</source>
      <translation>Forma de salida y parámetros de cada capa; Intro en una fila selecciona su capa</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="57" />
      <source>Each run's settings and results, one row a run</source>
      <translation>Ajustes y resultados de cada ejecución, una fila por ejecución</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="72" />
      <source>Each trial trains this design with settings picked from the ranges you check, and lands in the Runs view with its curves. Ranges: &lt;i&gt;low..high&lt;/i&gt;, &lt;i&gt;low..high:log&lt;/i&gt; for rates, or choices &lt;i&gt;a,b,c&lt;/i&gt;.</source>
      <translation>Cada ensayo entrena este diseño con ajustes elegidos de los rangos que marque, y aparece en la vista Ejecuciones con sus curvas. Rangos: &lt;i&gt;mín..máx&lt;/i&gt;, &lt;i&gt;mín..máx:log&lt;/i&gt; para tasas, u opciones &lt;i&gt;a,b,c&lt;/i&gt;.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="223" />
      <source>Early stopping: {message}{scores}</source>
      <translation>Detención temprana: {message}{scores}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="33" />
      <source>Embedding needs an input of shape [T] (a sequence of T token numbers); it gets {shape}. Put it right after an Input of shape [T].</source>
      <translation>Embedding necesita una entrada de forma [T] (una secuencia de T números de token); recibe {shape}. Póngalo justo después de un Input de forma [T].</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="120" />
      <source>End the run after the current batch; the weights are kept</source>
      <translation>Terminar la ejecución tras el lote actual; los pesos se conservan</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="110" />
      <source>End the sweep after the batch going on; the trials so far stay</source>
      <translation>Terminar el barrido tras el lote en curso; los ensayos hechos hasta ahora se conservan</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="33" />
      <source>Enter adds the layer after the selected one, connected to it</source>
      <translation>Intro añade la capa tras la seleccionada, conectada a ella</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="42" />
      <source>Enter on a run brings its weights back</source>
      <translation>Intro en una ejecución restaura sus pesos</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="59" />
      <source>Enter opens the chosen one</source>
      <translation>Intro abre el elemento elegido</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="97" />
      <source>Epochs</source>
      <translation>Épocas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="188" />
      <source>Epochs without progress before the run stops.</source>
      <translation>Épocas sin progreso antes de que la ejecución se detenga.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="17" />
      <source>Error</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/presentation.py" line="103" />
      <source>Esc</source>
      <translation>Esc</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="123" />
      <source>Evaluate</source>
      <translation>Evaluar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="187" />
      <source>Evaluation failed</source>
      <translation>Falló la evaluación</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="34" />
      <source>Every rate of the range was tried.</source>
      <translation>Se probaron todas las tasas del rango.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="153" />
      <source>Every run of this session. Double-click one (or select it and press Restore) to put its final weights back.</source>
      <translation>Todas las ejecuciones de esta sesión. Haga doble clic en una (o selecciónela y pulse Restaurar) para restaurar sus pesos finales.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/activation.py" line="45" />
      <source>Exact, or the faster tanh approximation</source>
      <translation>Exacta, o la aproximación tanh, más rápida</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="59" />
      <source>Examples and lessons</source>
      <translation>Ejemplos y lecciones</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="46" />
      <source>Examples of the chosen cell</source>
      <translation>Ejemplos de la celda elegida</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="86" />
      <source>Explain</source>
      <translation>Explicar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="55" />
      <source>Export a worksheet (PDF)</source>
      <translation>Exportar una hoja de trabajo (PDF)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="315" />
      <source>Export data as CSV</source>
      <translation>Exportar datos como CSV</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="81" />
      <source>Export data as CSV…</source>
      <translation>Exportar datos como CSV…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="120" />
      <source>Export failed</source>
      <translation>Falló la exportación</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="318" />
      <source>Export picture as PNG</source>
      <translation>Exportar imagen como PNG</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="83" />
      <source>Export picture as PNG…</source>
      <translation>Exportar imagen como PNG…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="40" />
      <source>Export the canvas as {kind}</source>
      <translation>Exportar el lienzo como {kind}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="82" />
      <source>Export the design as a PyTorch script</source>
      <translation>Exportar el diseño como script de PyTorch</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="101" />
      <source>Export the trained model as ONNX</source>
      <translation>Exportar el modelo entrenado como ONNX</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="46" />
      <source>Export {panel} as PNG</source>
      <translation>Exportar {panel} como PNG</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="206" />
      <source>Extra rows/columns added on one side (must be below stride)</source>
      <translation>Filas/columnas extra añadidas en un lado (debe ser menor que stride)</translation>
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
      <translation>FLOPs por muestra</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="226" />
      <source>Failed: {message}</source>
      <translation>Falló: {message}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/backbones.py" line="142" />
      <source>Fetch them with `netbuilder weights fetch {model}` on a computer with internet (or copy the file there), or set weights to the path of a state_dict file.</source>
      <translation>Descárguelos con `netbuilder weights fetch {model}` en un ordenador con internet (o copie allí el archivo), o ponga en weights la ruta de un archivo state_dict.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="297" />
      <source>Fetching the {split} split's samples of true {true}, predicted {pred}…</source>
      <translation>Obteniendo las muestras de la partición {split} con clase real {true} y predicha {pred}…</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="109" />
      <source>Filter size: one number, or one per spatial dimension</source>
      <translation>Tamaño del filtro: un número, o uno por dimensión espacial</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="57" />
      <source>Find &amp;Learning Rate…</source>
      <translation>Buscar &amp;tasa de aprendizaje…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="77" />
      <source>Find a learning rate</source>
      <translation>Buscar una tasa de aprendizaje</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="282" />
      <source>Finding a learning rate was stopped: no suggestion.</source>
      <translation>Se detuvo la búsqueda de una tasa de aprendizaje: no hay sugerencia.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="262" />
      <source>Finding a learning rate…</source>
      <translation>Buscando una tasa de aprendizaje…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="271" />
      <source>Finding a learning rate… {done} of at most {total} batches</source>
      <translation>Buscando una tasa de aprendizaje… {done} de como máximo {total} lotes</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="295" />
      <source>Finishing…</source>
      <translation>Terminando…</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="74" />
      <source>First dimension to flatten (with the batch as 0)</source>
      <translation>Primera dimensión que aplanar (con el lote como 0)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/errors.py" line="32" />
      <source>Fix the data or the dataset setting the message names, then train again. Your design and the weights of earlier runs are unchanged.</source>
      <translation>Corrija los datos o el ajuste del conjunto de datos que indica el mensaje y entrene de nuevo. Su diseño y los pesos de las ejecuciones anteriores no han cambiado.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/errors.py" line="34" />
      <source>Fix the design's problem the message names (the Problems list shows it too), then train again.</source>
      <translation>Corrija el problema del diseño que indica el mensaje (también aparece en la lista Problemas) y entrene de nuevo.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/preview.py" line="78" />
      <source>Fix the design's problems (see Problems): then the plane shows the training data and what the untrained network predicts.</source>
      <translation>Corrija los problemas del diseño (vea Problemas): entonces el plano mostrará los datos de entrenamiento y lo que predice la red sin entrenar.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="271" />
      <source>Fix the design's problems first ('{node}': {problem})</source>
      <translation>Corrija antes los problemas del diseño ('{node}': {problem})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="273" />
      <source>Fix the design's problems first ({problem})</source>
      <translation>Corrija antes los problemas del diseño ({problem})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="16" />
      <source>Flatten with start_dim 0 would merge the batch; use start_dim 1.</source>
      <translation>Flatten con start_dim 0 fusionaría el lote; use start_dim 1.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="18" />
      <source>Flatten's start_dim {start_dim} comes after end_dim {end_dim} for an input of shape {shape}.</source>
      <translation>El start_dim {start_dim} de Flatten va después de end_dim {end_dim} para una entrada de forma {shape}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_tensorboard.py" line="124" />
      <source>Folder for the TensorBoard logs</source>
      <translation>Carpeta para los registros de TensorBoard</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="124" />
      <source>Folder:</source>
      <translation>Carpeta:</translation>
    </message>
    <message>
      <location filename="netbuilder/core/errors.py" line="31" />
      <source>Follow the message to make the data available, then train again.</source>
      <translation>Siga el mensaje para que los datos estén disponibles y entrene de nuevo.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="62" />
      <source>For a classroom: big text and lines, only the canvas and the plots (Esc leaves)</source>
      <translation>Para el aula: texto y líneas grandes, solo el lienzo y las gráficas (Esc para salir)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="122" />
      <source>Forget what was learned: new weights from the seed</source>
      <translation>Olvidar lo aprendido: pesos nuevos a partir de la semilla</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="139" />
      <source>Fraction of the training samples held back to check progress (0 to 0.9). Empty: the default.</source>
      <translation>Fracción de las muestras de entrenamiento reservada para comprobar el progreso (de 0 a 0,9). Vacío: el valor predeterminado.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="184" />
      <source>Frozen parameters</source>
      <translation>Parámetros congelados</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="254" />
      <source>Gaussian noise of this standard deviation, on pixels from 0 to 1.</source>
      <translation>Ruido gaussiano con esta desviación típica, sobre píxeles de 0 a 1.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="20" />
      <source>Grad-CAM</source>
      <translation>Grad-CAM</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="137" />
      <source>Gradients vanish on the way back through the {kind} layers: {first_id} gets a gradient {times} smaller than {best_id}'s ({first:.2g} against {best:.2g}), so the first layers barely learn. Try ReLU instead of {squashing}, or BatchNorm between the layers.</source>
      <translation>Los gradientes se desvanecen en el camino de vuelta por las capas {kind}: {first_id} recibe un gradiente {times} menor que el de {best_id} ({first:.2g} frente a {best:.2g}), así que las primeras capas apenas aprenden. Pruebe ReLU en lugar de {squashing}, o BatchNorm entre las capas.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="121" />
      <source>Handwritten digits 0-9, 28x28 grey, 60000 train / 10000 test.</source>
      <translation>Dígitos manuscritos 0-9, 28x28 en escala de grises, 60000 de entrenamiento / 10000 de prueba.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="31" />
      <source>Health: dead ReLU units</source>
      <translation>Salud: unidades ReLU muertas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="30" />
      <source>Health: gradient norm</source>
      <translation>Salud: norma del gradiente</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="30" />
      <source>Health: off</source>
      <translation>Salud: desactivada</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="31" />
      <source>Health: saturated sigmoid / tanh</source>
      <translation>Salud: sigmoide / tanh saturadas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pool.py" line="94" />
      <source>Height and width of the result: one number or two</source>
      <translation>Alto y ancho del resultado: uno o dos números</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="113" />
      <source>Hide this dialog; a sweep going on goes on</source>
      <translation>Ocultar este cuadro de diálogo; un barrido en curso continúa</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="73" />
      <source>Hold it down: up to {n} pictures a second go into the chosen class</source>
      <translation>Manténgalo pulsado: hasta {n} imágenes por segundo van a la clase elegida</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="72" />
      <source>Hold to capture</source>
      <translation>Mantener para capturar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="191" />
      <source>Hold to capture into “{name}”</source>
      <translation>Mantener para capturar en “{name}”</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="15" />
      <source>How fast the running mean and variance (used at test time) follow the batches</source>
      <translation>Con qué rapidez la media y la varianza móviles (usadas en la prueba) siguen a los lotes</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="242" />
      <source>How likely each image is flipped.</source>
      <translation>Probabilidad de que cada imagen se voltee.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="168" />
      <source>How many samples are averaged for one step.</source>
      <translation>Cuántas muestras se promedian para un paso.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="219" />
      <source>How many times larger each spatial size gets</source>
      <translation>Cuántas veces mayor se hace cada tamaño espacial</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="166" />
      <source>How many times the network sees the whole training set.</source>
      <translation>Cuántas veces ve la red el conjunto de entrenamiento completo.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="89" />
      <source>How many trials to train (each one a run)</source>
      <translation>Cuántos ensayos entrenar (cada uno, una ejecución)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="23" />
      <source>How much a tiny change of each input value would change the class's score (the gradient's size)</source>
      <translation>Cuánto cambiaría la puntuación de la clase con un cambio mínimo de cada valor de entrada (el tamaño del gradiente)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="324" />
      <source>How much of the {metric}'s spread each setting explains, from these {usable} runs (Optuna's importance).</source>
      <translation>Qué parte de la dispersión de {metric} explica cada ajuste, a partir de estas {usable} ejecuciones (importancia de Optuna).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="28" />
      <source>How much the class's score drops when a patch of the input is blanked out: red where hiding it hurts, blue where hiding it helps</source>
      <translation>Cuánto baja la puntuación de la clase cuando se tapa un parche de la entrada: rojo donde ocultarlo perjudica, azul donde ocultarlo ayuda</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="159" />
      <source>How much the smoothed loss line averages over recent batches (0: off); never more than a quarter of an epoch</source>
      <translation>Cuánto promedia la línea de pérdida suavizada sobre los lotes recientes (0: desactivado); nunca más de un cuarto de época</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="156" />
      <source>How much the smoothed loss line averages over recent batches (0: off); never more than a quarter of an epoch. This run's epoch is {batches}: {usage}</source>
      <translation>Cuánto promedia la línea de pérdida suavizada sobre los lotes recientes (0: desactivado); nunca más de un cuarto de época. La época de esta ejecución es de {batches}: {usage}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="55" />
      <source>How the explanation is computed</source>
      <translation>Cómo se calcula la explicación</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="172" />
      <source>How the learning rate changes from epoch to epoch: step (divide by 10 every 10 epochs), cosine (glide down to 0), plateau (divide when progress stalls). none: constant.</source>
      <translation>Cómo cambia la tasa de aprendizaje de una época a otra: step (dividir por 10 cada 10 épocas), cosine (descender suavemente hasta 0), plateau (dividir cuando el progreso se estanca). none: constante.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="149" />
      <source>How the weights move downhill: sgd is the plain rule, adam adapts the step per weight.</source>
      <translation>Cómo se mueven los pesos cuesta abajo: sgd es la regla simple; adam adapta el paso para cada peso.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="147" />
      <source>How wrong a prediction is: mse or l1 for numbers, cross_entropy for classes, bce for yes/no. automatic: chosen from the dataset.</source>
      <translation>Cuánto se equivoca una predicción: mse o l1 para números, cross_entropy para clases, bce para sí/no. automatic: se elige según el conjunto de datos.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="17" />
      <source>Info</source>
      <translation>Información</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="18" />
      <source>Input/Output</source>
      <translation>Entrada/Salida</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="73" />
      <source>Inspector</source>
      <translation>Inspector</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="20" />
      <source>Integrated Gradients</source>
      <translation>Gradientes integrados</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="118" />
      <source>Interleaved spiral arms (2-D, classes: 2 or 3), 1000 train / 500 test.</source>
      <translation>Brazos de espiral entrelazados (2D, clases: 2 o 3), 1000 de entrenamiento / 500 de prueba.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="40" />
      <source>It is still loading its data (or finishing an evaluation), which cannot be cut short. It will stop as soon as that is done: try again in a moment.</source>
      <translation>Aún está cargando sus datos (o terminando una evaluación), lo que no se puede interrumpir. Se detendrá en cuanto acabe: inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/merge.py" line="49" />
      <source>Joins its inputs side by side along one dimension (1 = features or channels). Use it to combine branches that look at the data differently.</source>
      <translation>Une sus entradas una junto a otra a lo largo de una dimensión (1 = características o canales). Úselo para combinar ramas que ven los datos de forma distinta.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="231" />
      <source>Kept the weights of epoch {epoch} (best {monitor}: {best:.4g}).</source>
      <translation>Se conservaron los pesos de la época {epoch} (mejor {monitor}: {best:.4g}).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="98" />
      <source>LR schedule</source>
      <translation>Planificador de LR</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="75" />
      <source>Last dimension to flatten</source>
      <translation>Última dimensión que aplanar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="24" />
      <source>Layer</source>
      <translation>Capa</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="69" />
      <source>Layer &amp;Settings</source>
      <translation>&amp;Ajustes de capa</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="41" />
      <source>LayerNorm needs an input with at least one dimension; it gets a single number.</source>
      <translation>LayerNorm necesita una entrada con al menos una dimensión; recibe un solo número.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="72" />
      <source>Layers</source>
      <translation>Capas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="33" />
      <source>Layers to add</source>
      <translation>Capas para añadir</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="17" />
      <source>Learn a scale and a shift per channel after normalising</source>
      <translation>Aprender una escala y un desplazamiento por canal tras normalizar</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="78" />
      <source>Learn a scale and a shift per feature</source>
      <translation>Aprender una escala y un desplazamiento por característica</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/recurrent.py" line="81" />
      <source>Learn additive biases</source>
      <translation>Aprender sesgos aditivos</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="73" />
      <source>Learn additive biases in the projections</source>
      <translation>Aprender sesgos aditivos en las proyecciones</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="116" />
      <source>Learn an additive bias for each output channel</source>
      <translation>Aprender un sesgo aditivo para cada canal de salida</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="50" />
      <source>Learn an additive bias for each unit</source>
      <translation>Aprender un sesgo aditivo para cada unidad</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="98" />
      <source>Learning rate</source>
      <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="153" />
      <source>Learning rate: the size of each step. Too big diverges, too small crawls.</source>
      <translation>Tasa de aprendizaje: el tamaño de cada paso. Si es demasiado grande, diverge; si es demasiado pequeña, avanza muy despacio.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/presentation.py" line="103" />
      <source>Leave presentation</source>
      <translation>Salir de la presentación</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment.py" line="262" />
      <source>Left: training image {index} of the first {pool} ({shape}); right: {copies} augmented copies</source>
      <translation>Izquierda: imagen de entrenamiento {index} de las primeras {pool} ({shape}); derecha: {copies} copias aumentadas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="72" />
      <source>Length of the vector learned for each token</source>
      <translation>Longitud del vector aprendido para cada token</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="109" />
      <source>Lesson</source>
      <translation>Lección</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="58" />
      <source>Lesson step</source>
      <translation>Paso de la lección</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/gallery.py" line="204" />
      <source>Lesson: {title}</source>
      <translation>Lección: {title}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lessons.py" line="75" />
      <source>Lessons with weights (*.nblesson)</source>
      <translation>Lecciones con pesos (*.nblesson)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="13" />
      <source>Linear needs an input with at least one dimension; it gets a scalar.</source>
      <translation>Linear necesita una entrada con al menos una dimensión; recibe un escalar.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="254" />
      <source>Loading the data and building the model…</source>
      <translation>Cargando los datos y construyendo el modelo…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/preview.py" line="81" />
      <source>Loading the training data…</source>
      <translation>Cargando los datos de entrenamiento…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/document.py" line="123" />
      <source>Locked by the lesson: '{command}' cannot be done while the lesson is open</source>
      <translation>Bloqueado por la lección: '{command}' no se puede hacer mientras la lección esté abierta</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/document.py" line="187" />
      <source>Locked by the lesson: another design cannot be opened; close the lesson first (the lesson panel's Close)</source>
      <translation>Bloqueado por la lección: no se puede abrir otro diseño; cierre antes la lección (Cerrar en el panel de la lección)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lesson_locks.py" line="70" />
      <source>Locked by the lesson: students do not change {setting} in this lesson.</source>
      <translation>Bloqueado por la lección: en esta lección los alumnos no cambian {setting}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="62" />
      <source>Locked by the lesson: the layers cannot be changed (added, deleted, connected or edited); moving them is fine</source>
      <translation>Bloqueado por la lección: las capas no se pueden cambiar (añadir, eliminar, conectar ni editar); moverlas sí se puede</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="74" />
      <source>Locked by the lesson: {settings} cannot be changed</source>
      <translation>Bloqueado por la lección: no se permite cambiar {settings}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="72" />
      <source>Locked by the lesson: {settings} cannot be changed; you may change {free}</source>
      <translation>Bloqueado por la lección: no se permite cambiar {settings}; puede cambiar {free}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plots.py" line="65" />
      <source>Log scale</source>
      <translation>Escala logarítmica</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_tensorboard.py" line="69" />
      <source>Log to TensorBoard in</source>
      <translation>Registrar para TensorBoard en</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="76" />
      <source>Look at a sample of the test split chosen at random</source>
      <translation>Ver una muestra de la partición de prueba elegida al azar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="98" />
      <source>Loss</source>
      <translation>Pérdida</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="62" />
      <source>Loss at each learning rate</source>
      <translation>Pérdida con cada tasa de aprendizaje</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="45" />
      <source>Loss curves</source>
      <translation>Curvas de pérdida</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="56" />
      <source>Loss of each run</source>
      <translation>Pérdida de cada ejecución</translation>
    </message>
    <message>
      <location filename="netbuilder/core/errors.py" line="29" />
      <source>Lower the batch size, or make the largest layers smaller, and train again.</source>
      <translation>Reduzca el tamaño de lote, o haga más pequeñas las capas más grandes, y entrene de nuevo.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="267" />
      <source>Lower the learning rate</source>
      <translation>Reducir la tasa de aprendizaje</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="271" />
      <source>Lower the learning rate or normalise the inputs</source>
      <translation>Reducir la tasa de aprendizaje o normalizar las entradas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="24" />
      <source>MAE</source>
      <translation>MAE</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="137" />
      <source>Main</source>
      <translation>Principal</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="351" />
      <source>Make the design's training settings (and its layers' units or dropout, when the network is the same) those of {run}, the best by {metric} among the runs shown. One undo step.</source>
      <translation>Hacer que los ajustes de entrenamiento del diseño (y las unidades o el dropout de sus capas, si la red es la misma) sean los de {run}, la mejor por {metric} entre las ejecuciones mostradas. Se deshace en un paso.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="216" />
      <source>Makes a feature map larger by a fixed factor without learning anything: nearest copies each value, bilinear blends neighbours smoothly. A cheap alternative to ConvTranspose2d.</source>
      <translation>Agranda un mapa de características por un factor fijo sin aprender nada: nearest copia cada valor, bilinear mezcla suavemente los vecinos. Una alternativa barata a ConvTranspose2d.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="121" />
      <source>Mean absolute error</source>
      <translation>Error absoluto medio</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="198" />
      <source>Memory to train (batch {batch:,})</source>
      <translation>Memoria para entrenar (lote {batch:,})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="19" />
      <source>Merge</source>
      <translation>Combinación</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="71" />
      <source>Method</source>
      <translation>Método</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/commands.py" line="120" />
      <source>Move</source>
      <translation>Mover</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="78" />
      <source>Move the keyboard focus to the canvas (Escape does it too)</source>
      <translation>Llevar el foco del teclado al lienzo (Escape también lo hace)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="74" />
      <source>Move the keyboard focus to the next panel</source>
      <translation>Llevar el foco del teclado al panel siguiente</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="76" />
      <source>Move the keyboard focus to the previous panel</source>
      <translation>Llevar el foco del teclado al panel anterior</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/interactions.py" line="110" />
      <source>Move {node}</source>
      <translation>Mover {node}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/interactions.py" line="111" />
      <source>Move {n} layers</source>
      <translation>Mover {n} capas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="242" />
      <source>NaN</source>
      <translation>NaN</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="73" />
      <source>Ne&amp;xt Panel</source>
      <translation>Panel si&amp;guiente</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_tensorboard.py" line="17" />
      <source>Needs the tensorboard package: pip install 'netbuilder[tensorboard]'</source>
      <translation>Necesita el paquete tensorboard: pip install 'netbuilder[tensorboard]'</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="27" />
      <source>Network canvas</source>
      <translation>Lienzo de la red</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment.py" line="95" />
      <source>New sample</source>
      <translation>Nueva muestra</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="83" />
      <source>New shape of one sample, without the batch dimension</source>
      <translation>Nueva forma de una muestra, sin la dimensión del lote</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="59" />
      <source>Next</source>
      <translation>Siguiente</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/common/camera.py" line="19" />
      <source>No camera found</source>
      <translation>No se encontró ninguna cámara</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/common/camera.py" line="43" />
      <source>No camera support could load ({why})</source>
      <translation>No se pudo cargar ningún soporte de cámara ({why})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_chart.py" line="28" />
      <source>No confusion matrix yet: it appears after the first validation.</source>
      <translation>Aún no hay matriz de confusión: aparece tras la primera validación.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="359" />
      <source>No design</source>
      <translation>Sin diseño</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="280" />
      <source>No frame classified yet: Explain looks at the last one the network saw.</source>
      <translation>Aún no se ha clasificado ningún fotograma: Explicar examina el último que vio la red.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="234" />
      <source>No improvement in {monitor} for {patience} epoch(s): stopped after epoch {last}. {kept}{note}</source>
      <translation>Sin mejora en {monitor} durante {patience} época(s): se detuvo tras la época {last}. {kept}{note}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="286" />
      <source>No learning rate suggested</source>
      <translation>No se sugirió ninguna tasa de aprendizaje</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="38" />
      <source>No lesson open</source>
      <translation>No hay ninguna lección abierta</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment.py" line="276" />
      <source>No preview: {why}. New sample tries again.</source>
      <translation>Sin vista previa: {why}. Nueva muestra lo vuelve a intentar.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="80" />
      <source>No problems</source>
      <translation>Sin problemas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="80" />
      <source>No problems in the design</source>
      <translation>No hay problemas en el diseño</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="138" />
      <source>No suggestion: the loss never fell below where it began over the rates tried ({tried}); a network trained already has little left to say. {ended} Keep the learning rate you have, or check the data and the design.</source>
      <translation>Sin sugerencia: con las tasas probadas ({tried}), la pérdida nunca bajó de su valor inicial; una red ya entrenada tiene poco que mejorar. {ended} Conserve la tasa de aprendizaje que tiene, o revise los datos y el diseño.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="171" />
      <source>No summary: {reason}</source>
      <translation>Sin resumen: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="18" />
      <source>Normalisation</source>
      <translation>Normalización</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="95" />
      <source>Normalise before attention and feed-forward (often trains more stably) instead of after</source>
      <translation>Normalizar antes de la atención y de la red feed-forward (suele entrenar de forma más estable) en lugar de después</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment.py" line="220" />
      <source>Not changed: {reason}</source>
      <translation>No se cambió: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="68" />
      <source>Not reset: {reason}</source>
      <translation>No se restableció: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="94" />
      <source>Not restored: {reason}</source>
      <translation>No se restauró: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="43" />
      <source>Not rewound: {reason}</source>
      <translation>No se rebobinó: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="168" />
      <source>Not set: {reason}</source>
      <translation>No se fijó: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="205" />
      <source>Not started: a run is going on; stop it first.</source>
      <translation>No se inició: hay una ejecución en curso; deténgala primero.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="202" />
      <source>Not started: {reason}</source>
      <translation>No se inició: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="141" />
      <source>Not trained yet.</source>
      <translation>Aún sin entrenar.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="29" />
      <source>Nothing is selected, so these settings belong to the whole design. Click a layer on the canvas to see and change its own settings.</source>
      <translation>No hay nada seleccionado, así que estos ajustes son de todo el diseño. Haga clic en una capa del lienzo para ver y cambiar sus propios ajustes.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="378" />
      <source>Nothing to do in this step: read it, then press Next</source>
      <translation>En este paso no hay nada que hacer: léalo y pulse Siguiente</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="346" />
      <source>Nothing to evaluate yet: train first.</source>
      <translation>Aún no hay nada que evaluar: entrene primero.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="184" />
      <source>Nothing to redo</source>
      <translation>Nada que rehacer</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="182" />
      <source>Nothing to undo</source>
      <translation>Nada que deshacer</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="333" />
      <source>Nothing used: {reason}</source>
      <translation>No se usó nada: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="88" />
      <source>Number of attention heads; must divide the feature count</source>
      <translation>Número de cabezas de atención; debe dividir el número de características</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="107" />
      <source>Number of filters, i.e. output channels (feature maps)</source>
      <translation>Número de filtros, es decir, canales de salida (mapas de características)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="201" />
      <source>Number of output channels (feature maps)</source>
      <translation>Número de canales de salida (mapas de características)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="49" />
      <source>Number of output units (neurons)</source>
      <translation>Número de unidades de salida (neuronas)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="70" />
      <source>Number of parallel attention heads; must divide the feature count</source>
      <translation>Número de cabezas de atención paralelas; debe dividir el número de características</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/recurrent.py" line="75" />
      <source>Number of recurrent layers stacked on top of each other</source>
      <translation>Número de capas recurrentes apiladas unas sobre otras</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="123" />
      <source>ONNX export needs the {package} package, which is not installed: {install}</source>
      <translation>La exportación a ONNX necesita el paquete {package}, que no está instalado: {install}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="101" />
      <source>ONNX models (*.onnx)</source>
      <translation>Modelos ONNX (*.onnx)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="21" />
      <source>Occlusion</source>
      <translation>Oclusión</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/common/palette.py" line="47" />
      <source>Okabe-Ito (colour-blind safe)</source>
      <translation>Okabe-Ito (apta para daltónicos)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary.py" line="76" />
      <source>On: each region fades toward the background where the network is unsure.
Off: hard regions, each point in the colour of the class predicted there.</source>
      <translation>Activado: cada región se difumina hacia el fondo donde la red no está segura.
Desactivado: regiones nítidas, cada punto del color de la clase predicha allí.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="85" />
      <source>One transformer block: self-attention followed by a small two-layer network, each with a residual connection and LayerNorm. Stack a few after an Embedding for sequence tasks.</source>
      <translation>Un bloque transformer: autoatención seguida de una pequeña red de dos capas, cada una con una conexión residual y LayerNorm. Apile unos cuantos tras un Embedding para tareas de secuencias.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="50" />
      <source>Only one Input is supported; {inputs} are Inputs. Remove all but one.</source>
      <translation>Solo se admite un Input; {inputs} son Inputs. Elimínelos todos menos uno.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="98" />
      <source>Open &amp;Class Folder…</source>
      <translation>Abrir carpeta de &amp;clases…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="41" />
      <source>Open &amp;Preset…</source>
      <translation>Abrir &amp;plantilla…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="102" />
      <source>Open &amp;Recent</source>
      <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="160" />
      <source>Open Lesson &amp;File…</source>
      <translation>Abrir archivo de &amp;lección…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="42" />
      <source>Open a bundled example</source>
      <translation>Abrir un ejemplo incluido</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="40" />
      <source>Open a design file</source>
      <translation>Abrir un archivo de diseño</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="173" />
      <source>Open a folder of students' work</source>
      <translation>Abrir una carpeta con trabajos de los alumnos</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="167" />
      <source>Open a lesson</source>
      <translation>Abrir una lección</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="26" />
      <source>Open a lesson from the Lessons menu (or a lesson file with File &gt; Open) to go through it step by step.</source>
      <translation>Abra una lección desde el menú Lecciones (o un archivo de lección con Archivo &gt; Abrir) para recorrerla paso a paso.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/gallery.py" line="143" />
      <source>Open an example</source>
      <translation>Abrir un ejemplo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="369" />
      <source>Open design</source>
      <translation>Abrir diseño</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="99" />
      <source>Open every student's work file of a folder: their runs side by side in the Runs view</source>
      <translation>Abrir el archivo de trabajo de cada alumno de una carpeta: sus ejecuciones, lado a lado en la vista Ejecuciones</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="118" />
      <source>Opened the checkpoint {path}: {epochs} epochs trained, test accuracy {accuracy:.1f}%. Train goes on from these weights.</source>
      <translation>Se abrió el punto de control {path}: {epochs} épocas entrenadas, precisión de prueba {accuracy:.1f} %. Entrenar continúa desde estos pesos.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="120" />
      <source>Opened the checkpoint {path}: {epochs} epochs trained. Train goes on from these weights.</source>
      <translation>Se abrió el punto de control {path}: {epochs} épocas entrenadas. Entrenar continúa desde estos pesos.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="138" />
      <source>Opened the work of {n} student ({runs} runs)</source>
      <translation>Se abrió el trabajo de {n} alumno ({runs} ejecuciones)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="139" />
      <source>Opened the work of {n} students ({runs} runs)</source>
      <translation>Se abrió el trabajo de {n} alumnos ({runs} ejecuciones)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="97" />
      <source>Optimizer</source>
      <translation>Optimizador</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="133" />
      <source>Order:</source>
      <translation>Orden:</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="41" />
      <source>Outcome of the run</source>
      <translation>Resultado de la ejecución</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/recurrent.py" line="85" />
      <source>Output every step [T, H] instead of only the last one [H]</source>
      <translation>Devolver la salida de cada paso [T, H] en lugar de solo la del último [H]</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="24" />
      <source>Output shape</source>
      <translation>Forma de salida</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="55" />
      <source>PDF documents (*.pdf)</source>
      <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="318" />
      <source>PNG images (*.png)</source>
      <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="48" />
      <source>PNG pictures (*.png)</source>
      <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="112" />
      <source>Panel as PNG (2x)</source>
      <translation>Panel como PNG (2x)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="24" />
      <source>Parameters</source>
      <translation>Parámetros</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="180" />
      <source>Parameters that learn: {total:,}</source>
      <translation>Parámetros que aprenden: {total:,}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="179" />
      <source>Parameters that learn: {total:,} (and {frozen:,} frozen)</source>
      <translation>Parámetros que aprenden: {total:,} (y {frozen:,} congelados)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="145" />
      <source>Paste</source>
      <translation>Pegar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="309" />
      <source>Pause</source>
      <translation>Pausa</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="119" />
      <source>Pause after the current batch (Resume goes on)</source>
      <translation>Pausar tras el lote actual (Reanudar continúa)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="75" />
      <source>Paused after one batch {where}. Step trains one batch more; Resume goes on.{logs}</source>
      <translation>En pausa tras un lote {where}. Paso entrena un lote más; Reanudar continúa.{logs}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="78" />
      <source>Paused before the first batch {where}. Step trains one batch more; Resume goes on.{logs}</source>
      <translation>En pausa antes del primer lote {where}. Paso entrena un lote más; Reanudar continúa.{logs}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="59" />
      <source>Paused. Resume goes on; Step trains exactly one batch and pauses again.</source>
      <translation>En pausa. Reanudar continúa; Paso entrena exactamente un lote y vuelve a pausar.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="32" />
      <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff);;All files (*)</source>
      <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="18" />
      <source>Pooling</source>
      <translation>Pooling</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="75" />
      <source>Pre&amp;vious Panel</source>
      <translation>Panel an&amp;terior</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="47" />
      <source>Precision, recall and F1 of each class</source>
      <translation>Precisión, exhaustividad y F1 de cada clase</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_chart.py" line="325" />
      <source>Predicted class</source>
      <translation>Clase predicha</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="51" />
      <source>Predicted probabilities</source>
      <translation>Probabilidades predichas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/presentation.py" line="334" />
      <source>Presentation layout</source>
      <translation>Disposición de presentación</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/presentation.py" line="94" />
      <source>Presenter</source>
      <translation>Presentador</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="354" />
      <source>Press Next to begin.</source>
      <translation>Pulse Siguiente para empezar.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pretrained.py" line="127" />
      <source>Pretrained needs a colour image [3, H, W]; it gets {shape}. Set the Input to 3 channels (an image folder with channels 3) or put it after a layer that gives 3.</source>
      <translation>Pretrained necesita una imagen en color [3, H, W]; recibe {shape}. Ponga el Input en 3 canales (una carpeta de imágenes con channels 3) o colóquelo tras una capa que dé 3.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/backbones.py" line="145" />
      <source>Pretrained {model}: its ImageNet weights are not in torch's cache ({path}) and downloads are off ({variable} is set). {advice}</source>
      <translation>Pretrained {model}: sus pesos de ImageNet no están en la caché de torch ({path}) y las descargas están desactivadas ({variable} está definida). {advice}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/backbones.py" line="151" />
      <source>Pretrained {model}: its ImageNet weights are not in torch's cache ({path}) and {reason} {advice}</source>
      <translation>Pretrained {model}: sus pesos de ImageNet no están en la caché de torch ({path}) y {reason} {advice}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pretrained.py" line="104" />
      <source>Pretrained {name} has no stage {trainable!r}; its stages are {stage_names}. Choose one of them, all or none for trainable.</source>
      <translation>Pretrained {name} no tiene ninguna etapa {trainable!r}; sus etapas son {stage_names}. Elija una de ellas, all o none para trainable.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pretrained.py" line="131" />
      <source>Pretrained {name} needs an image of at least {MIN_SIZE}x{MIN_SIZE}; it gets {s}x{s2}. Use larger images (224x224 is what it was trained on).</source>
      <translation>Pretrained {name} necesita una imagen de al menos {MIN_SIZE}x{MIN_SIZE}; recibe {s}x{s2}. Use imágenes más grandes (se entrenó con 224x224).</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="61" />
      <source>Probability of zeroing each channel</source>
      <translation>Probabilidad de poner a cero cada canal</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="60" />
      <source>Probability of zeroing each element</source>
      <translation>Probabilidad de poner a cero cada elemento</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="75" />
      <source>Problems</source>
      <translation>Problemas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="371" />
      <source>Pruned by the sweep at epoch {epoch}: behind the median of earlier trials</source>
      <translation>Podado por el barrido en la época {epoch}: por detrás de la mediana de los ensayos anteriores</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="160" />
      <source>Pulls every weight a little towards zero at each step, against overfitting.</source>
      <translation>Acerca un poco cada peso a cero en cada paso, contra el sobreajuste.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="28" />
      <source>Put it after a Conv2d; use BatchNorm1d after Linear layers.</source>
      <translation>Colóquelo tras una Conv2d; use BatchNorm1d tras las capas Linear.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="33" />
      <source>Put it after a Conv2d; use Dropout after Linear layers.</source>
      <translation>Colóquelo tras una Conv2d; use Dropout tras las capas Linear.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="16" />
      <source>Put it after a sequence Input such as [1, 100] or a Reshape.</source>
      <translation>Colóquelo tras un Input de secuencia como [1, 100] o un Reshape.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="17" />
      <source>Put it after an image Input or a Reshape.</source>
      <translation>Colóquelo tras un Input de imagen o un Reshape.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="71" />
      <source>PyTorch &amp;script (.py)…</source>
      <translation>Script de P&amp;yTorch (.py)…</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="36" />
      <source>PyTorch finds no CUDA device on this machine (no NVIDIA GPU, or no driver)</source>
      <translation>PyTorch no encuentra ningún dispositivo CUDA en esta máquina (no hay GPU NVIDIA o falta el controlador)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="83" />
      <source>Python scripts (*.py)</source>
      <translation>Scripts de Python (*.py)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="155" />
      <source>Questions</source>
      <translation>Preguntas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="154" />
      <source>Questions: {lesson}</source>
      <translation>Preguntas: {lesson}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="74" />
      <source>Random</source>
      <translation>Aleatorio</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment.py" line="106" />
      <source>Random changes to each training batch (never to validation or test). Preview: one sample and 16 copies, as training draws them.</source>
      <translation>Cambios aleatorios en cada lote de entrenamiento (nunca en validación ni en prueba). Vista previa: una muestra y 16 copias, tal como las genera el entrenamiento.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="194" />
      <source>Random changes to each training batch of images (never to validation or test): a list of {"type": flip, rotation, crop, color or noise, and its parameters}.</source>
      <translation>Cambios aleatorios en cada lote de imágenes de entrenamiento (nunca en validación ni en prueba): una lista de {"type": flip, rotation, crop, color o noise, y sus parámetros}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="247" />
      <source>Random resized crop: each image keeps a random part of at least this fraction of its area, stretched back to full size.</source>
      <translation>Recorte aleatorio redimensionado: cada imagen conserva una parte aleatoria de al menos esta fracción de su área, estirada de nuevo al tamaño completo.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="81" />
      <source>Rearranges each sample into a new shape with the same number of values, e.g. [784] into [1, 28, 28] so that convolutions can see it as an image. One size may be -1 (inferred).</source>
      <translation>Reorganiza cada muestra en una forma nueva con el mismo número de valores, p. ej., [784] en [1, 28, 28] para que las convoluciones la vean como una imagen. Un tamaño puede ser -1 (se deduce).</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="19" />
      <source>Recurrent</source>
      <translation>Recurrente</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="86" />
      <source>Redo</source>
      <translation>Rehacer</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="183" />
      <source>Redo {command}</source>
      <translation>Rehacer {command}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect_row.py" line="49" />
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="68" />
      <source>Remove one of the current layer's connections</source>
      <translation>Quitar una de las conexiones de la capa actual</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect_row.py" line="50" />
      <source>Remove this class and its pictures</source>
      <translation>Quitar esta clase y sus imágenes</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="75" />
      <source>Rescales the values of each sample (over its last dimension) to mean 0 and variance 1, then learns a scale and shift. Unlike BatchNorm it does not depend on the batch; used in transformers and recurrent networks.</source>
      <translation>Reescala los valores de cada muestra (sobre su última dimensión) a media 0 y varianza 1 y luego aprende una escala y un desplazamiento. A diferencia de BatchNorm, no depende del lote; se usa en transformers y redes recurrentes.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="122" />
      <source>Reset weights</source>
      <translation>Reiniciar pesos</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="19" />
      <source>Reshape</source>
      <translation>Reshape</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="32" />
      <source>Reshape allows at most one -1 in its shape.</source>
      <translation>Reshape admite como máximo un -1 en su forma.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="36" />
      <source>Reshape cannot fit {numel} values ({shape}) into {shape2}.</source>
      <translation>Reshape no puede encajar {numel} valores ({shape}) en {shape2}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="40" />
      <source>Reshape needs the same number of values: {shape} holds {numel}, {shape2} holds {numel2}.</source>
      <translation>Reshape necesita el mismo número de valores: {shape} contiene {numel}, {shape2} contiene {numel2}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="158" />
      <source>Restore weights</source>
      <translation>Restaurar pesos</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="285" />
      <source>Restore your work?</source>
      <translation>¿Restaurar su trabajo?</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="192" />
      <source>Restored the design autosaved before netbuilder was closed</source>
      <translation>Se restauró el diseño guardado automáticamente antes de cerrar netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/autosave.py" line="195" />
      <source>Restored the design without all it had</source>
      <translation>Se restauró el diseño sin todo lo que tenía</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="99" />
      <source>Restored the weights {label} ended with (epoch {epoch}).</source>
      <translation>Se restauraron los pesos con los que terminó {label} (época {epoch}).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="309" />
      <source>Resume</source>
      <translation>Reanudar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="186" />
      <source>Rewind</source>
      <translation>Rebobinar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="177" />
      <source>Rewind: drag to see the network as it was earlier in its runs (every panel follows); Train goes on from there as a new run</source>
      <translation>Rebobinar: arrastre para ver la red como era antes en sus ejecuciones (todos los paneles la siguen); Entrenar continúa desde ahí como una ejecución nueva</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="50" />
      <source>Rewind: epoch {x:.10g} (snapshot {i} of {n}; {recorded}). Train goes on from here as a new run.</source>
      <translation>Rebobinar: época {x:.10g} (instantánea {i} de {n}; {recorded}). Entrenar continúa desde aquí como una ejecución nueva.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="181" />
      <source>Rewind: nothing recorded yet</source>
      <translation>Rebobinar: aún no hay nada registrado</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="40" />
      <source>Rewind: the network as it was after an earlier epoch of the run</source>
      <translation>Rebobinar: la red como era tras una época anterior de la ejecución</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="49" />
      <source>Rewind: the present, epoch {x:.10g} (snapshot {i} of {n}; {recorded})</source>
      <translation>Rebobinar: el presente, época {x:.10g} (instantánea {i} de {n}; {recorded})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="21" />
      <source>Rewind: {recorded}</source>
      <translation>Rebobinar: {recorded}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/presentation.py" line="102" />
      <source>Right arrow</source>
      <translation>Flecha derecha</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="205" />
      <source>Rows and columns trimmed from each side of the output</source>
      <translation>Filas y columnas recortadas de cada lado de la salida</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="49" />
      <source>Rows are the true classes, columns the predicted ones; arrow keys choose a cell</source>
      <translation>Las filas son las clases reales; las columnas, las predichas; las teclas de flecha eligen una celda</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="133" />
      <source>Rows: the true class; columns: the class predicted. Darker: more of the row.</source>
      <translation>Filas: la clase real; columnas: la clase predicha. Más oscuro: más parte de la fila.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="31" />
      <source>Run</source>
      <translation>Ejecución</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="334" />
      <source>Run {ended} before its first batch.</source>
      <translation>La ejecución terminó antes de su primer lote ({ended}).</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="160" />
      <source>Run {number}</source>
      <translation>Ejecución {number}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="107" />
      <source>Runs</source>
      <translation>Ejecuciones</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="42" />
      <source>Runs of this session</source>
      <translation>Ejecuciones de esta sesión</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="60" />
      <source>S&amp;weep…</source>
      <translation>&amp;Barrido…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="20" />
      <source>Saliency</source>
      <translation>Saliencia</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="50" />
      <source>Sample to look at</source>
      <translation>Muestra que examinar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="96" />
      <source>Samples</source>
      <translation>Muestras</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="47" />
      <source>Save &amp;As…</source>
      <translation>Guardar co&amp;mo…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="63" />
      <source>Save &amp;Checkpoint…</source>
      <translation>Guardar punto de &amp;control…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="63" />
      <source>Save &amp;Lesson with Weights…</source>
      <translation>Guardar &amp;lección con pesos…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="96" />
      <source>Save My &amp;Work…</source>
      <translation>Guardar mi &amp;trabajo…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="168" />
      <source>Save My Work</source>
      <translation>Guardar mi trabajo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="28" />
      <source>Save checkpoint</source>
      <translation>Guardar punto de control</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="124" />
      <source>Save checkpoint…</source>
      <translation>Guardar punto de control…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="389" />
      <source>Save design</source>
      <translation>Guardar diseño</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="179" />
      <source>Save my work</source>
      <translation>Guardar mi trabajo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="291" />
      <source>Save the changes to {title} first?</source>
      <translation>¿Guardar antes los cambios de {title}?</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="64" />
      <source>Save the design, weights, settings and curves</source>
      <translation>Guardar el diseño, los pesos, los ajustes y las curvas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="124" />
      <source>Save the design, weights, settings and curves to a file</source>
      <translation>Guardar en un archivo el diseño, los pesos, los ajustes y las curvas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lessons.py" line="74" />
      <source>Save the lesson with its weights</source>
      <translation>Guardar la lección con sus pesos</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="131" />
      <source>Saved the checkpoint {path}</source>
      <translation>Se guardó el punto de control {path}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="189" />
      <source>Saved your work to {path}</source>
      <translation>Se guardó su trabajo en {path}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="111" />
      <source>Saved {path}</source>
      <translation>Se guardó {path}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="31" />
      <source>Score</source>
      <translation>Puntuación</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="123" />
      <source>Score the current weights on the test split</source>
      <translation>Puntuar los pesos actuales con la partición de prueba</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="47" />
      <source>Scores of each class</source>
      <translation>Puntuaciones de cada clase</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="348" />
      <source>Scoring the test split…</source>
      <translation>Puntuando la partición de prueba…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="100" />
      <source>Search</source>
      <translation>Buscar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/palette.py" line="80" />
      <source>Search layers</source>
      <translation>Buscar capas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="96" />
      <source>Seed</source>
      <translation>Semilla</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="54" />
      <source>Select &amp;All</source>
      <translation>&amp;Seleccionar todo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="110" />
      <source>Select a layer first: Tab moves from layer to layer on the canvas</source>
      <translation>Seleccione antes una capa: Tab pasa de una capa a otra en el lienzo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="54" />
      <source>Select a layer on the canvas to see its weights.</source>
      <translation>Seleccione una capa en el lienzo para ver sus pesos.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="66" />
      <source>Self-attention: each position of the sequence builds its output as a weighted mix of all positions, with weights it learns to choose, in several independent heads. The core of transformers; add positional information if order matters.</source>
      <translation>Autoatención: cada posición de la secuencia construye su salida como una mezcla ponderada de todas las posiciones, con pesos que aprende a elegir, en varias cabezas independientes. El núcleo de los transformers; añada información posicional si el orden importa.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/autosave.py" line="161" />
      <source>Set aside a damaged recovery file: {reason}</source>
      <translation>Se apartó un archivo de recuperación dañado: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="179" />
      <source>Set design {key}</source>
      <translation>Fijar {key} del diseño</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="104" />
      <source>Set the design's learning rate to the suggestion (Undo puts the old one back)</source>
      <translation>Fijar la tasa de aprendizaje del diseño en la sugerida (Deshacer restaura la anterior)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="165" />
      <source>Set {key}</source>
      <translation>Fijar {key}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/commands.py" line="98" />
      <source>Set {node}.{parameter}</source>
      <translation>Fijar {node}.{parameter}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/commands.py" line="137" />
      <source>Set {setting}</source>
      <translation>Fijar {setting}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="31" />
      <source>Settings</source>
      <translation>Ajustes</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="34" />
      <source>Settings of the selected layer</source>
      <translation>Ajustes de la capa seleccionada</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="60" />
      <source>Settings to sweep</source>
      <translation>Ajustes para el barrido</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/io.py" line="17" />
      <source>Shape of one sample, without the batch dimension</source>
      <translation>Forma de una muestra, sin la dimensión del lote</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="93" />
      <source>Show the filters averaged over their input channels, or for one input channel</source>
      <translation>Mostrar los filtros promediados sobre sus canales de entrada, o para un solo canal de entrada</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="49" />
      <source>Show the loss on a logarithmic scale: small losses stay visible</source>
      <translation>Mostrar la pérdida en escala logarítmica: las pérdidas pequeñas siguen siendo visibles</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="130" />
      <source>Show:</source>
      <translation>Mostrar:</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/recurrent.py" line="73" />
      <source>Size of the memory (hidden state) carried from step to step</source>
      <translation>Tamaño de la memoria (estado oculto) que pasa de un paso a otro</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="91" />
      <source>Sizes it is split into</source>
      <translation>Tamaños en los que se divide</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="81" />
      <source>Skipped {n} file that could not be read:
{files}</source>
      <translation>Se omitió {n} archivo que no se pudo leer:
{files}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="83" />
      <source>Skipped {n} files that could not be read:
{files}</source>
      <translation>Se omitieron {n} archivos que no se pudieron leer:
{files}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="193" />
      <source>Slides small filters (e.g. 3x3) over an image; each filter learns one local pattern such as an edge or a texture and produces one feature map. The core of image networks (CNNs).</source>
      <translation>Desliza filtros pequeños (p. ej., de 3x3) sobre una imagen; cada filtro aprende un patrón local, como un borde o una textura, y produce un mapa de características. El núcleo de las redes de imágenes (CNN).</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="188" />
      <source>Slides small filters along a sequence of shape [channels, length]; each filter learns to spot one local pattern (a rise, a spike, a motif) wherever it occurs. Use it for signals, audio or text.</source>
      <translation>Desliza filtros pequeños a lo largo de una secuencia de forma [channels, length]; cada filtro aprende a detectar un patrón local (una subida, un pico, un motivo) allí donde aparezca. Úselo para señales, audio o texto.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/activation.py" line="38" />
      <source>Slope for negative inputs</source>
      <translation>Pendiente para entradas negativas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="99" />
      <source>Slow motion</source>
      <translation>Cámara lenta</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="77" />
      <source>Slow motion: a pause after each batch, so that a class can watch a small network learn (about 250 ms is a good pace). Applies at once, also during a run.</source>
      <translation>Cámara lenta: una pausa tras cada lote, para que una clase pueda ver aprender a una red pequeña (unos 250 ms es un buen ritmo). Se aplica al instante, también durante una ejecución.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="125" />
      <source>Small colour photos in 10 classes, 3x32x32, 50000 train / 10000 test.</source>
      <translation>Fotos pequeñas en color en 10 clases, 3x32x32, 50000 de entrenamiento / 10000 de prueba.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="13" />
      <source>Small number added to the variance so it never divides by zero</source>
      <translation>Número pequeño que se suma a la varianza para que nunca se divida por cero</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="43" />
      <source>Smoothing of the loss curve</source>
      <translation>Suavizado de la curva de pérdida</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/presentation.py" line="101" />
      <source>Space</source>
      <translation>Espacio</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="114" />
      <source>Spacing between filter taps; more than 1 widens the view cheaply</source>
      <translation>Separación entre los elementos del filtro; más de 1 amplía la vista a bajo coste</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="89" />
      <source>Splits one dimension into several, e.g. [784] into [1, 28, 28]. The opposite of Flatten.</source>
      <translation>Divide una dimensión en varias, p. ej., [784] en [1, 28, 28]. Lo contrario de Flatten.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="53" />
      <source>St&amp;ep One Batch</source>
      <translation>Paso de un &amp;lote</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="106" />
      <source>Start</source>
      <translation>Iniciar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="39" />
      <source>Start an empty design</source>
      <translation>Empezar un diseño vacío</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/gallery.py" line="145" />
      <source>Start from a ready-made network. Each one trains as it is; change it and see what happens. The lessons, after the examples, walk through one idea step by step.</source>
      <translation>Empiece con una red ya hecha. Cada una entrena tal como está; cámbiela y observe qué pasa. Las lecciones, después de los ejemplos, recorren una idea paso a paso.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="170" />
      <source>Starting point of the random numbers: the same seed gives the same run.</source>
      <translation>Punto de partida de los números aleatorios: la misma semilla da la misma ejecución.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="31" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="121" />
      <source>Step</source>
      <translation>Paso</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="111" />
      <source>Step between filter positions; 2 halves the size</source>
      <translation>Paso entre posiciones del filtro; 2 reduce el tamaño a la mitad</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pool.py" line="59" />
      <source>Step between windows; empty means the same as kernel_size</source>
      <translation>Paso entre ventanas; vacío significa lo mismo que kernel_size</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="357" />
      <source>Step {n} of {total}</source>
      <translation>Paso {n} de {total}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="122" />
      <source>Still writing the last file: try again once it is saved</source>
      <translation>Aún se está escribiendo el último archivo: inténtelo de nuevo cuando esté guardado</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="120" />
      <source>Stop</source>
      <translation>Detener</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="95" />
      <source>Stop trials that fall behind</source>
      <translation>Detener los ensayos que se quedan atrás</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/session.py" line="156" />
      <source>Stopped before training began.</source>
      <translation>Se detuvo antes de empezar el entrenamiento.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="220" />
      <source>Stopped by you{where}. {kept} Press Train to go on from them or Reset weights to start over.{scores}</source>
      <translation>Detenido por usted{where}. {kept} Pulse Entrenar para continuar desde ellos o Reiniciar pesos para empezar de nuevo.{scores}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="292" />
      <source>Stopping after the batch going on…</source>
      <translation>Deteniendo tras el lote en curso…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="148" />
      <source>Suggested learning rate for {optimizer}: {rate}</source>
      <translation>Tasa de aprendizaje sugerida para {optimizer}: {rate}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="149" />
      <source>Suggested learning rate: {rate}</source>
      <translation>Tasa de aprendizaje sugerida: {rate}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="74" />
      <source>Summary</source>
      <translation>Resumen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="36" />
      <source>Summary of the layers</source>
      <translation>Resumen de las capas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="332" />
      <source>Sweep done: 1 trial ended.</source>
      <translation>Barrido terminado: terminó 1 ensayo.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="331" />
      <source>Sweep done: 1 trial; compare them in the Runs view.</source>
      <translation>Barrido terminado: 1 ensayo; compárelos en la vista Ejecuciones.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="335" />
      <source>Sweep done: {n} trials ended.</source>
      <translation>Barrido terminado: terminaron {n} ensayos.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="334" />
      <source>Sweep done: {n} trials; compare them in the Runs view.</source>
      <translation>Barrido terminado: {n} ensayos; compárelos en la vista Ejecuciones.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="51" />
      <source>Sweep settings</source>
      <translation>Ajustes del barrido</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="212" />
      <source>Sweeping {names}: each trial that trains joins the Runs view.</source>
      <translation>Barrido de {names}: cada ensayo que entrena se añade a la vista Ejecuciones.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="302" />
      <source>Sweeping: {trials} trials, each one that trains joins the Runs view (Training &gt; Sweep… lists them).</source>
      <translation>Barrido: {trials} ensayos; cada uno que entrena se añade a la vista Ejecuciones (Entrenamiento &gt; Barrido… los muestra).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="265" />
      <source>Swept {names}: the trials that trained are in the Runs view.</source>
      <translation>Barrido de {names} terminado: los ensayos que entrenaron están en la vista Ejecuciones.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/language.py" line="53" />
      <source>System ({language})</source>
      <translation>Sistema ({language})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="93" />
      <source>TPE (Optuna's default) tries more where the good trials were; random draws each trial's settings on its own</source>
      <translation>TPE (el predeterminado de Optuna) prueba más donde estuvieron los buenos ensayos; random sortea los ajustes de cada ensayo por separado</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="29" />
      <source>TPE (learns from the trials so far)</source>
      <translation>TPE (aprende de los ensayos hechos hasta ahora)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="57" />
      <source>Table of the runs</source>
      <translation>Tabla de las ejecuciones</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="44" />
      <source>Take pictures of each class with a camera (or add files): an image folder the design trains on</source>
      <translation>Tomar imágenes de cada clase con una cámara (o añadir archivos): una carpeta de imágenes con la que entrena el diseño</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="84" />
      <source>Take the selected pictures out (or press Delete in a class's pictures)</source>
      <translation>Quitar las imágenes seleccionadas (o pulse Supr en las imágenes de una clase)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/tensorboard.py" line="100" />
      <source>TensorBoard logs: cannot write in {run_dir} ({strerror}); choose another folder</source>
      <translation>Registros de TensorBoard: no se puede escribir en {run_dir} ({strerror}); elija otra carpeta</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="91" />
      <source>Test sample</source>
      <translation>Muestra de prueba</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="264" />
      <source>Test sample {index}</source>
      <translation>Muestra de prueba {index}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="179" />
      <source>Test split: {scores}</source>
      <translation>Partición de prueba: {scores}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="108" />
      <source>The 4 XOR points (2 classes); validation and test are the same 4 points.</source>
      <translation>Los 4 puntos de XOR (2 clases); validación y prueba son los mismos 4 puntos.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/common/camera.py" line="107" />
      <source>The camera stopped ({reason}): start it again, or choose another.</source>
      <translation>La cámara se detuvo ({reason}): iníciela de nuevo o elija otra.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="53" />
      <source>The class the network predicts at each point of the plane, with the data's points</source>
      <translation>La clase que predice la red en cada punto del plano, con los puntos de los datos</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="128" />
      <source>The class the network predicts over the plane of its two inputs (paler where it is unsure), with the training points: one shape per class.</source>
      <translation>La clase que predice la red sobre el plano de sus dos entradas (más pálida donde no está segura), con los puntos de entrenamiento: una forma por clase.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="64" />
      <source>The class whose score is explained: the one the network predicts, or another (why not this one?)</source>
      <translation>La clase cuya puntuación se explica: la que predice la red u otra (¿por qué no esta?)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect_row.py" line="47" />
      <source>The class's name (its folder's name): edit it to rename the class</source>
      <translation>El nombre de la clase (el nombre de su carpeta): edítelo para cambiar el nombre de la clase</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/colour_palette.py" line="25" />
      <source>The colours of classes, curves, runs and maps; Okabe-Ito stays apart for colour-blind eyes</source>
      <translation>Los colores de clases, curvas, ejecuciones y mapas; Okabe-Ito se distingue bien también para personas daltónicas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="143" />
      <source>The connection to remove:</source>
      <translation>La conexión que quitar:</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="59" />
      <source>The convolution whose feature maps Grad-CAM looks at (the last one sees the most of the image at once)</source>
      <translation>La convolución cuyos mapas de características examina Grad-CAM (la última ve la mayor parte de la imagen a la vez)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="169" />
      <source>The dataset '{name}'</source>
      <translation>El conjunto de datos '{name}'</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/run_settings.py" line="77" />
      <source>The design already has the settings of {run}.</source>
      <translation>El diseño ya tiene los ajustes de {run}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="72" />
      <source>The design as a standalone PyTorch script that trains it (as `netbuilder export` writes)</source>
      <translation>El diseño como script de PyTorch independiente que lo entrena (como lo escribe `netbuilder export`)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="48" />
      <source>The design has no Input layer. Add one and connect it to the first layer.</source>
      <translation>El diseño no tiene ninguna capa Input. Añada una y conéctela a la primera capa.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="83" />
      <source>The design is complete: every layer is connected and every shape fits.</source>
      <translation>El diseño está completo: todas las capas están conectadas y todas las formas encajan.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="31" />
      <source>The design is empty. Drag an Input layer onto the canvas to start.</source>
      <translation>El diseño está vacío. Arrastre una capa Input al lienzo para empezar.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/run_settings.py" line="83" />
      <source>The design now has the training settings of {run} (Edit &gt; Undo puts them back).</source>
      <translation>El diseño tiene ahora los ajustes de entrenamiento de {run} (Editar &gt; Deshacer los restaura).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/run_settings.py" line="81" />
      <source>The design now has the training settings of {run} and the parameters of {layers} (Edit &gt; Undo puts them back).</source>
      <translation>El diseño tiene ahora los ajustes de entrenamiento de {run} y los parámetros de {layers} (Editar &gt; Deshacer los restaura).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="31" />
      <source>The design's name, shown in the title bar and the exported code.</source>
      <translation>El nombre del diseño, que se muestra en la barra de título y en el código exportado.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="70" />
      <source>The inspector on the current layer, its first field focused</source>
      <translation>El inspector de la capa actual, con el foco en su primer campo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="204" />
      <source>The last convolution: {node}</source>
      <translation>La última convolución: {node}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="127" />
      <source>The layer that {node}'s output goes into:</source>
      <translation>La capa a la que va la salida de {node}:</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="28" />
      <source>The layers and their connections. Tab, Home, End and the arrow keys move from layer to layer; Enter or F2 edits one; Ctrl+K connects it, Ctrl+Shift+K disconnects; Shift+arrows move it; Delete removes it.</source>
      <translation>Las capas y sus conexiones. Tab, Inicio, Fin y las teclas de flecha pasan de una capa a otra; Intro o F2 edita una; Ctrl+K la conecta, Ctrl+Shift+K la desconecta; Shift+flechas la mueve; Supr la elimina.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="266" />
      <source>The learning rate ({lr:g}) is probably too high</source>
      <translation>La tasa de aprendizaje ({lr:g}) probablemente es demasiado alta</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="269" />
      <source>The learning rate ({lr:g}) is probably too high, or the inputs are not normalised (values up to {top:.4g} here)</source>
      <translation>La tasa de aprendizaje ({lr:g}) probablemente es demasiado alta, o las entradas no están normalizadas (aquí hay valores de hasta {top:.4g})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="191" />
      <source>The least change that counts as progress.</source>
      <translation>El cambio mínimo que cuenta como progreso.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="80" />
      <source>The lesson's next step</source>
      <translation>El paso siguiente de la lección</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="82" />
      <source>The lesson's previous step</source>
      <translation>El paso anterior de la lección</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="246" />
      <source>The loss became {what} at epoch {epoch}, batch {batch}</source>
      <translation>La pérdida llegó a {what} en la época {epoch}, lote {batch}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="179" />
      <source>The loss is jumping: it {what} over the last {batches:,} batches. The learning rate ({lr:g}) may be too high: try 10 times lower.</source>
      <translation>La pérdida da saltos: {what} en los últimos {batches:,} lotes. La tasa de aprendizaje ({lr:g}) puede ser demasiado alta: pruebe una 10 veces menor.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="176" />
      <source>The loss is jumping: it {what} over the last {batches:,} batches. The learning rate may be too high: try 10 times lower.</source>
      <translation>La pérdida da saltos: {what} en los últimos {batches:,} lotes. La tasa de aprendizaje puede ser demasiado alta: pruebe una 10 veces menor.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="190" />
      <source>The loss is not going down: {start:.3g} over the first {batches:,} batches, {recent:.3g} over the last {batches:,} ({drop:.1%} lower). The learning rate ({lr:g}) may be too low: try 10 times higher, or check that the labels fit the loss.</source>
      <translation>La pérdida no baja: {start:.3g} en los primeros {batches:,} lotes, {recent:.3g} en los últimos {batches:,} (un {drop:.1%} menos). La tasa de aprendizaje ({lr:g}) puede ser demasiado baja: pruebe una 10 veces mayor, o compruebe que las etiquetas encajan con la pérdida.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="186" />
      <source>The loss is not going down: {start:.3g} over the first {batches:,} batches, {recent:.3g} over the last {batches:,} ({drop:.1%} lower). The learning rate may be too low: try 10 times higher, or check that the labels fit the loss.</source>
      <translation>La pérdida no baja: {start:.3g} en los primeros {batches:,} lotes, {recent:.3g} en los últimos {batches:,} (un {drop:.1%} menos). La tasa de aprendizaje puede ser demasiado baja: pruebe una 10 veces mayor, o compruebe que las etiquetas encajan con la pérdida.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="189" />
      <source>The metric that must improve.</source>
      <translation>La métrica que debe mejorar.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="69" />
      <source>The network</source>
      <translation>La red</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="68" />
      <source>The network as a picture at twice the screen's resolution</source>
      <translation>La red como imagen al doble de la resolución de la pantalla</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="66" />
      <source>The network as a vector picture, for slides and handouts</source>
      <translation>La red como imagen vectorial, para diapositivas y material impreso</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="283" />
      <source>The network changed since the last run, so this run starts from new weights. </source>
      <translation>La red ha cambiado desde la última ejecución, así que esta ejecución parte de pesos nuevos. </translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="84" />
      <source>The network has {n} outputs ({outputs}); it must have exactly one. Connect the dangling ones onward or delete them.</source>
      <translation>La red tiene {n} salidas ({outputs}); debe tener exactamente una. Conecte las sueltas a otras capas o elimínelas.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="64" />
      <source>The open lesson and the trained weights as one file, for a school machine offline</source>
      <translation>La lección abierta y los pesos entrenados en un solo archivo, para un ordenador del centro sin conexión</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="47" />
      <source>The output '{output_id}' gives {width} value(s) but {dataset_name} has {classes} classes; cross_entropy needs one value per class: set the last Linear's out_features to {classes}.{hint}</source>
      <translation>La salida '{output_id}' da {width} valor(es), pero {dataset_name} tiene {classes} clases; cross_entropy necesita un valor por clase: ponga el out_features de la última Linear en {classes}.{hint}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="57" />
      <source>The output '{output_id}' gives {width} value(s) but {dataset_name} has {classes} classes; {loss} needs one output for two classes or one output per class: set the last Linear's out_features to {classes}{either}.</source>
      <translation>La salida '{output_id}' da {width} valor(es), pero {dataset_name} tiene {classes} clases; {loss} necesita una salida para dos clases o una salida por clase: ponga el out_features de la última Linear en {classes}{either}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="41" />
      <source>The output '{output_id}' has shape {shape}, but a classifier needs one value per class ({shape2}). Add a Flatten and a Linear with out_features={classes} at the end.</source>
      <translation>La salida '{output_id}' tiene la forma {shape}, pero un clasificador necesita un valor por clase ({shape2}). Añada al final un Flatten y una Linear con out_features={classes}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="77" />
      <source>The run</source>
      <translation>La ejecución</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="40" />
      <source>The run cannot stop yet</source>
      <translation>La ejecución aún no puede detenerse</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="188" />
      <source>The sweep failed</source>
      <translation>Falló el barrido</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="286" />
      <source>The sweep failed: {reason}</source>
      <translation>Falló el barrido: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="33" />
      <source>The test stopped where the loss blew up.</source>
      <translation>La prueba se detuvo donde la pérdida se disparó.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="150" />
      <source>The test trained with {optimizer}: the rate is for {optimizer}; another optimizer needs a test of its own.</source>
      <translation>La prueba entrenó con {optimizer}: la tasa es para {optimizer}; otro optimizador necesita su propia prueba.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="35" />
      <source>The test was stopped before its end.</source>
      <translation>La prueba se detuvo antes de terminar.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="70" />
      <source>The trained network for onnxruntime and other ONNX runtimes (needs netbuilder[onnx])</source>
      <translation>La red entrenada para onnxruntime y otros entornos de ejecución ONNX (requiere netbuilder[onnx])</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="219" />
      <source>The weights are those of the last batch trained.</source>
      <translation>Los pesos son los del último lote entrenado.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="255" />
      <source>The weights became {what} during epoch {epoch} (every batch's loss was finite)</source>
      <translation>Los pesos llegaron a {what} durante la época {epoch} (la pérdida de cada lote era finita)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="260" />
      <source>The {source} became {what} with the weights {when}</source>
      <translation>La {source} llegó a {what} con los pesos {when}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="329" />
      <source>These runs have the same settings: change one (or run a sweep) to compare.</source>
      <translation>Estas ejecuciones tienen los mismos ajustes: cambie uno (o haga un barrido) para compararlas.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="92" />
      <source>This lesson locks {what}.</source>
      <translation>Esta lección bloquea {what}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="91" />
      <source>This lesson locks {what}; you may change {free}.</source>
      <translation>Esta lección bloquea {what}; puede cambiar {free}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="214" />
      <source>This step could not be done: {reason}</source>
      <translation>No se pudo hacer este paso: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="67" />
      <source>This {type} has no input. Connect a layer's output to it.</source>
      <translation>Este {type} no tiene entrada. Conecte a él la salida de una capa.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="60" />
      <source>This {type} is not connected. Connect it, or delete it.</source>
      <translation>Este {type} no está conectado. Conéctelo o elimínelo.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="331" />
      <source>Too few runs with a final metric to tell which setting mattered.</source>
      <translation>Hay muy pocas ejecuciones con una métrica final para saber qué ajuste importó.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="185" />
      <source>Total parameters</source>
      <translation>Parámetros totales</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="118" />
      <source>Train</source>
      <translation>Entrenar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="115" />
      <source>Train a few runs, then select several here (Ctrl-click) to compare them.</source>
      <translation>Entrene unas cuantas ejecuciones y seleccione aquí varias (Ctrl+clic) para compararlas.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/preview.py" line="26" />
      <source>Train a network with 1 or 2 inputs ({datasets}) to see what it predicts over the plane.</source>
      <translation>Entrene una red con 1 o 2 entradas ({datasets}) para ver lo que predice sobre el plano.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="25" />
      <source>Train a network, then click a sample in the confusion matrix's gallery, or press Explain in Try it or in the activations panel, to see what the network looked at.</source>
      <translation>Entrene una red y luego haga clic en una muestra de la galería de la matriz de confusión, o pulse Explicar en Probar o en el panel de activaciones, para ver en qué se fijó la red.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="42" />
      <source>Train a network, then pick a sample here to see what every layer makes of it.</source>
      <translation>Entrene una red y luego elija aquí una muestra para ver qué hace cada capa con ella.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="196" />
      <source>Train a network, then try it on an input of your own here.</source>
      <translation>Entrene una red y luego pruébela aquí con una entrada propia.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="58" />
      <source>Train about a hundred batches at growing rates on a copy of the weights; plot the loss, suggest one</source>
      <translation>Entrenar unos cien lotes con tasas crecientes en una copia de los pesos; trazar la pérdida y sugerir una tasa</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="121" />
      <source>Train exactly one batch, then pause: watch a single update</source>
      <translation>Entrenar exactamente un lote y pausar: observe una sola actualización</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="118" />
      <source>Train for the epochs set above, from the current weights</source>
      <translation>Entrenar las épocas fijadas arriba, desde los pesos actuales</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="51" />
      <source>Train from the current weights</source>
      <translation>Entrenar desde los pesos actuales</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="143" />
      <source>Train on only the first N training samples (empty or 0: all of them). Quick runs and overfitting demonstrations.</source>
      <translation>Entrenar solo con las N primeras muestras de entrenamiento (vacío o 0: todas). Para ejecuciones rápidas y demostraciones de sobreajuste.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="61" />
      <source>Train the design with several settings picked from ranges (Optuna); compare them in the Runs view</source>
      <translation>Entrenar el diseño con varios ajustes elegidos de rangos (Optuna); compárelos en la vista Ejecuciones</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/followers.py" line="339" />
      <source>Train the network first: its weights appear here after the first batch.</source>
      <translation>Entrene antes la red: sus pesos aparecen aquí tras el primer lote.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/followers_explain.py" line="109" />
      <source>Train the network first: then it can show what it looked at.</source>
      <translation>Entrene antes la red: así podrá mostrar en qué se fijó.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/live_camera.py" line="14" />
      <source>Train the network first: then the camera's frames go through it.</source>
      <translation>Entrene antes la red: así los fotogramas de la cámara pasarán por ella.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="327" />
      <source>Train two runs or more (or a sweep) to see which setting mattered.</source>
      <translation>Entrene dos ejecuciones o más (o un barrido) para ver qué ajuste importó.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="184" />
      <source>Trainable parameters</source>
      <translation>Parámetros entrenables</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="69" />
      <source>Trained model as &amp;ONNX…</source>
      <translation>Modelo entrenado como &amp;ONNX…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="78" />
      <source>Training</source>
      <translation>Entrenamiento</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="44" />
      <source>Training and validation accuracy after each epoch</source>
      <translation>Precisión de entrenamiento y de validación tras cada época</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="45" />
      <source>Training and validation loss after each epoch</source>
      <translation>Pérdida de entrenamiento y de validación tras cada época</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="188" />
      <source>Training failed</source>
      <translation>Falló el entrenamiento</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/evaluation.py" line="117" />
      <source>Training failed {where} in node '{node_id}' ({kind}) with input shape {shapes}: {error}: {message}</source>
      <translation>El entrenamiento falló {where} en el nodo '{node_id}' ({kind}) con la forma de entrada {shapes}: {error}: {message}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/evaluation.py" line="120" />
      <source>Training failed {where}: {error}: {message}</source>
      <translation>El entrenamiento falló {where}: {error}: {message}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="21" />
      <source>Training is running</source>
      <translation>El entrenamiento está en curso</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/evaluation.py" line="102" />
      <source>Training ran out of memory {where} on {device} (batch size {batch_size}). Lower the batch size or make the layers smaller.</source>
      <translation>El entrenamiento se quedó sin memoria {where} en {device} (tamaño de lote {batch_size}). Reduzca el tamaño de lote o haga las capas más pequeñas.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="266" />
      <source>Training sample {index}</source>
      <translation>Muestra de entrenamiento {index}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="74" />
      <source>Training settings</source>
      <translation>Ajustes de entrenamiento</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="121" />
      <source>Training settings: {problem}</source>
      <translation>Ajustes de entrenamiento: {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="82" />
      <source>Training {where}…{logs}</source>
      <translation>Entrenando {where}…{logs}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="99" />
      <source>Training: {message}</source>
      <translation>Entrenamiento: {message}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="362" />
      <source>Training…</source>
      <translation>Entrenando…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="31" />
      <source>Trial</source>
      <translation>Ensayo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="301" />
      <source>Trial 1 of {trials}: starting…</source>
      <translation>Ensayo 1 de {trials}: empezando…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="294" />
      <source>Trial {n} of {total} training…</source>
      <translation>Ensayo {n} de {total} entrenando…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="151" />
      <source>Trial {trial} of {trials} · {progress}</source>
      <translation>Ensayo {trial} de {trials} · {progress}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="100" />
      <source>Trials</source>
      <translation>Ensayos</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="61" />
      <source>Trials of the sweep</source>
      <translation>Ensayos del barrido</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_chart.py" line="325" />
      <source>True class</source>
      <translation>Clase real</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="100" />
      <source>Try it</source>
      <translation>Probar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="239" />
      <source>Trying an input by hand needs a 28x28 image or at most {most} values; this network takes {size:,}. The activations panel shows its samples.</source>
      <translation>Probar una entrada a mano requiere una imagen de 28x28 o como mucho {most} valores; esta red recibe {size:,}. El panel de activaciones muestra sus muestras.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="72" />
      <source>Turns each sample into one long vector, e.g. a [1, 28, 28] image into [784] values. Put it between convolution/pooling layers and Linear layers.</source>
      <translation>Convierte cada muestra en un vector largo, p. ej., una imagen [1, 28, 28] en [784] valores. Póngalo entre las capas de convolución/pooling y las capas Linear.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="114" />
      <source>Two interleaving half circles (2-D, 2 classes), 1000 train / 500 test.</source>
      <translation>Dos medios círculos entrelazados (2D, 2 clases), 1000 de entrenamiento / 500 de prueba.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="24" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="72" />
      <source>Type a layer's name, then Enter adds it after the selected layer</source>
      <translation>Escriba el nombre de una capa; después, Intro la añade tras la capa seleccionada</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/palette.py" line="82" />
      <source>Type part of a layer's name or of what it does, e.g. 'conv' or 'probabilities'</source>
      <translation>Escriba parte del nombre de una capa o de lo que hace, p. ej., 'conv' o 'probabilities'</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="32" />
      <source>Type part of a layer's name; Enter adds the best match after the selected layer</source>
      <translation>Escriba parte del nombre de una capa; Intro añade la mejor coincidencia tras la capa seleccionada</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/answers.py" line="28" />
      <source>Type your answer to the question here: it is saved with your work</source>
      <translation>Escriba aquí su respuesta a la pregunta: se guarda con su trabajo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="86" />
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="181" />
      <source>Undo {command}</source>
      <translation>Deshacer {command}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="59" />
      <source>Unflatten must split dimension {dim} of size {s} into sizes whose product is {s}; {shape} makes {numel}.</source>
      <translation>Unflatten debe dividir la dimensión {dim} de tamaño {s} en tamaños cuyo producto sea {s}; {shape} da {numel}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="55" />
      <source>Unflatten's dim {dim} does not fit an input of shape {shape}; use 1..{n_s}.</source>
      <translation>El dim {dim} de Unflatten no encaja con una entrada de forma {shape}; use 1..{n_s}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="291" />
      <source>Unsaved changes</source>
      <translation>Cambios sin guardar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="368" />
      <source>Untitled</source>
      <translation>Sin título</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="62" />
      <source>Untitled design</source>
      <translation>Diseño sin título</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="177" />
      <source>Upsample by {scale_factor:g} turns a size of {size} into nothing. Use a larger scale_factor.</source>
      <translation>Upsample por {scale_factor:g} convierte un tamaño de {size} en nada. Use un scale_factor mayor.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="170" />
      <source>Upsample needs an input of shape [C, L] or [C, H, W]; it gets {shape}. Put it after a convolution or a Reshape.</source>
      <translation>Upsample necesita una entrada de forma [C, L] o [C, H, W]; recibe {shape}. Colóquelo tras una convolución o un Reshape.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="173" />
      <source>Upsample with mode bilinear needs an image [C, H, W]; it gets {shape}. Use mode nearest for a sequence [C, L].</source>
      <translation>Upsample con mode bilinear necesita una imagen [C, H, W]; recibe {shape}. Use mode nearest para una secuencia [C, L].</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="204" />
      <source>Upsampling factor; 2 doubles height and width</source>
      <translation>Factor de sobremuestreo; 2 duplica el alto y el ancho</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="22" />
      <source>Use BatchNorm2d for images [C, H, W].</source>
      <translation>Use BatchNorm2d para imágenes [C, H, W].</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="318" />
      <source>Use collected images</source>
      <translation>Usar imágenes recopiladas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="102" />
      <source>Use it</source>
      <translation>Usarla</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="289" />
      <source>Use settings of the best run</source>
      <translation>Usar los ajustes de la mejor ejecución</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/run_settings.py" line="35" />
      <source>Use settings of {label}</source>
      <translation>Usar los ajustes de {label}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="350" />
      <source>Use settings of {run}</source>
      <translation>Usar los ajustes de {run}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="116" />
      <source>Use these images</source>
      <translation>Usar estas imágenes</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="209" />
      <source>Validation loss rose from {low:.3g} (epoch {low_epoch}) to {last:.3g} (epoch {last_epoch}) while the training loss fell: the network is memorising the training set. Try more data, Dropout, or early stopping.</source>
      <translation>La pérdida de validación subió de {low:.3g} (época {low_epoch}) a {last:.3g} (época {last_epoch}) mientras la pérdida de entrenamiento bajaba: la red está memorizando el conjunto de entrenamiento. Pruebe con más datos, Dropout o detención temprana.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="265" />
      <source>Validation sample {index}</source>
      <translation>Muestra de validación {index}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/activation.py" line="42" />
      <source>Value approached for very negative inputs</source>
      <translation>Valor al que se acerca con entradas muy negativas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pool.py" line="61" />
      <source>Values added on each side (at most half the kernel size)</source>
      <translation>Valores añadidos en cada lado (como máximo la mitad del tamaño del núcleo)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="54" />
      <source>Views of the runs</source>
      <translation>Vistas de las ejecuciones</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="70" />
      <source>Vocabulary size: token numbers run from 0 to this minus 1</source>
      <translation>Tamaño del vocabulario: los números de token van de 0 a este valor menos 1</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="17" />
      <source>Warning</source>
      <translation>Advertencia</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="93" />
      <source>Weights</source>
      <translation>Pesos</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="74" />
      <source>Weights reset: the next run starts from new weights.</source>
      <translation>Pesos reiniciados: la siguiente ejecución parte de pesos nuevos.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="39" />
      <source>Weights timeline</source>
      <translation>Cronología de los pesos</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="24" />
      <source>What each input value adds to the class's score, summed along the way from a black image (or zeros) to this input: red adds, blue takes away</source>
      <translation>Lo que cada valor de entrada aporta a la puntuación de la clase, sumado a lo largo del camino desde una imagen negra (o ceros) hasta esta entrada: el rojo suma, el azul resta</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="38" />
      <source>What stops the design from training; Enter on one selects its layer</source>
      <translation>Lo que impide entrenar el diseño; Intro en uno selecciona su capa</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="136" />
      <source>What the network learns from.</source>
      <translation>De qué aprende la red.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="272" />
      <source>What the network looked at for this input</source>
      <translation>En qué se fijó la red para esta entrada</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="88" />
      <source>What the network looked at for this sample, in the Explain panel</source>
      <translation>En qué se fijó la red para esta muestra, en el panel Explicar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="271" />
      <source>What the network looked at in the last camera frame classified</source>
      <translation>En qué se fijó la red en el último fotograma de la cámara que clasificó</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="139" />
      <source>What the network sees: your drawing made 28x28 and centred, as MNIST's digits</source>
      <translation>Lo que ve la red: su dibujo reducido a 28x28 y centrado, como los dígitos de MNIST</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="32" />
      <source>What this network is for, in a sentence or two. Ctrl+Enter or leaving the field applies it.</source>
      <translation>Para qué sirve esta red, en una o dos frases. Ctrl+Intro o salir del campo lo aplica.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="193" />
      <source>What to measure after each epoch.</source>
      <translation>Qué medir tras cada época.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/io.py" line="15" />
      <source>Where data enters the network. Its shape is the shape of one sample: [2] for two numbers, [1, 28, 28] for a grey 28x28 image, [28, 28] for a sequence of 28 steps of 28 features.</source>
      <translation>Donde los datos entran en la red. Su forma es la de una muestra: [2] para dos números, [1, 28, 28] para una imagen gris de 28x28, [28, 28] para una secuencia de 28 pasos de 28 características.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="68" />
      <source>Where the network trains. auto: CUDA when there is a CUDA device, else the CPU.</source>
      <translation>Dónde entrena la red. auto: CUDA si hay un dispositivo CUDA; si no, la CPU.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="113" />
      <source>Where the pictures are written: a new or empty folder, one folder per class</source>
      <translation>Dónde se escriben las imágenes: una carpeta nueva o vacía, una carpeta por clase</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="89" />
      <source>Which of the layer's tensors the heat map shows</source>
      <translation>Qué tensor de la capa muestra el mapa de calor</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="26" />
      <source>Which places a convolution's feature maps that matter for the class light up (Grad-CAM), enlarged to the input's size</source>
      <translation>Qué lugares de los mapas de características de una convolución que importan para la clase se iluminan (Grad-CAM), ampliados al tamaño de la entrada</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="70" />
      <source>Which sample of the test split to look at</source>
      <translation>Qué muestra de la partición de prueba examinar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="161" />
      <source>Which setting mattered</source>
      <translation>Qué ajuste importó</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pretrained.py" line="184" />
      <source>Which stages learn: all, none (frozen features), or a stage name: it and the stages after it learn</source>
      <translation>Qué etapas aprenden: all, none (características congeladas) o el nombre de una etapa: esta y las etapas siguientes aprenden</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pretrained.py" line="180" />
      <source>Which torchvision backbone</source>
      <translation>Qué red base de torchvision</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="31" />
      <source>Why</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="89" />
      <source>Width of the inner feed-forward network (PyTorch's default is 2048)</source>
      <translation>Ancho de la red feed-forward interna (el valor predeterminado de PyTorch es 2048)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pool.py" line="57" />
      <source>Window size: one number, or one per spatial dimension</source>
      <translation>Tamaño de la ventana: un número, o uno por dimensión espacial</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="35" />
      <source>With no layer selected, the design's name, description and training settings</source>
      <translation>Sin ninguna capa seleccionada: el nombre, la descripción y los ajustes de entrenamiento del diseño</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="63" />
      <source>Worksheet: {name}</source>
      <translation>Hoja de trabajo: {name}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_tensorboard.py" line="107" />
      <source>Write each run's loss, accuracy (or mae, r2) and learning rate per epoch for TensorBoard, in a subfolder of this folder named after the design and the time; view them with tensorboard --logdir {folder}. A preference of this window, not saved in the design.</source>
      <translation>Escribir la pérdida, la precisión (o mae, r2) y la tasa de aprendizaje de cada ejecución por época para TensorBoard, en una subcarpeta de esta carpeta con el nombre del diseño y la hora; véalos con tensorboard --logdir {folder}. Una preferencia de esta ventana, que no se guarda en el diseño.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="341" />
      <source>Write the pictures into</source>
      <translation>Escribir las imágenes en</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="307" />
      <source>Writing {n} pictures to {folder}…</source>
      <translation>Escribiendo {n} imágenes en {folder}…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="137" />
      <source>Writing {path}…</source>
      <translation>Escribiendo {path}…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="323" />
      <source>Wrote {n} pictures in {classes} classes to {path}, but the design was not changed: {reason}</source>
      <translation>Se escribieron {n} imágenes en {classes} clases en {path}, pero no se cambió el diseño: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="321" />
      <source>Wrote {n} pictures in {classes} classes to {path}: the design now trains on them (Train, or undo to go back).</source>
      <translation>Se escribieron {n} imágenes en {classes} clases en {path}: el diseño entrena ahora con ellas (Entrenar, o deshaga para volver atrás).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/answers.py" line="55" />
      <source>Your answer (handed in with File &gt; Save My Work…)</source>
      <translation>Su respuesta (se entrega con Archivo &gt; Guardar mi trabajo…)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="97" />
      <source>Your design, weights, runs, lesson step and answers as one file to hand in</source>
      <translation>Su diseño, pesos, ejecuciones, paso de la lección y respuestas en un solo archivo para entregar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="266" />
      <source>Your input</source>
      <translation>Su entrada</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/followers_activations.py" line="15" />
      <source>Your input (Try it)</source>
      <translation>Su entrada (Probar)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="168" />
      <source>Your name (your teacher sees it):</source>
      <translation>Su nombre (lo ve su docente):</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="128" />
      <source>Your own CSV file: path, target column, optional features and task.</source>
      <translation>Su propio archivo CSV: path, columna objetivo, features opcionales y task.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="130" />
      <source>Your own images: a folder per class (torchvision's ImageFolder layout), resized to the Input; optional test_path, size, channels, resize, preload.</source>
      <translation>Sus propias imágenes: una carpeta por clase (la estructura ImageFolder de torchvision), redimensionadas al Input; test_path, size, channels, resize y preload opcionales.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="123" />
      <source>Zalando clothing in 10 classes, 28x28 grey, 60000 train / 10000 test.</source>
      <translation>Ropa de Zalando en 10 clases, 28x28 en escala de grises, 60000 de entrenamiento / 10000 de prueba.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="112" />
      <source>Zeros added on each side; (kernel_size - 1) / 2 keeps the size</source>
      <translation>Ceros añadidos en cada lado; (kernel_size - 1) / 2 mantiene el tamaño</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="55" />
      <source>Zoom &amp;In</source>
      <translation>A&amp;cercar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="56" />
      <source>Zoom &amp;Out</source>
      <translation>A&amp;lejar</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="17" />
      <source>[C, H, W]</source>
      <translation>[C, H, W]</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="16" />
      <source>[C, L] (channels, length)</source>
      <translation>[C, L] (canales, longitud)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="21" />
      <source>[F] (features) or [C, L] (channels, length)</source>
      <translation>[F] (características) o [C, L] (canales, longitud)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="90" />
      <source>a FIFO</source>
      <translation>un FIFO</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="48" />
      <source>a class name cannot start with a dot (the folder would be hidden): start it with a letter or digit</source>
      <translation>un nombre de clase no puede empezar por un punto (la carpeta quedaría oculta): empiécelo por una letra o un dígito</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="40" />
      <source>a class name has at most {most} characters; this one has {count}: shorten it</source>
      <translation>un nombre de clase tiene como máximo {most} caracteres; este tiene {count}: acórtelo</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="45" />
      <source>a class name is a folder name, so it cannot hold {shown}: use letters, digits, spaces, - or _</source>
      <translation>un nombre de clase es un nombre de carpeta, así que no puede contener {shown}: use letras, dígitos, espacios, - o _</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="38" />
      <source>a class needs a name: type one (like cats or thumbs up)</source>
      <translation>una clase necesita un nombre: escriba uno (como gatos o pulgar arriba)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="84" />
      <source>a classification</source>
      <translation>una clasificación</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="104" />
      <source>a classifier needs {least} or more classes: add a class</source>
      <translation>un clasificador necesita {least} o más clases: añada una clase</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="105" />
      <source>a classifier needs {least} or more classes: add two classes</source>
      <translation>un clasificador necesita {least} o más clases: añada dos clases</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/inspection.py" line="102" />
      <source>a decision boundary needs 1 or 2 input features; this dataset has {dims}</source>
      <translation>una frontera de decisión necesita 1 o 2 características de entrada; este conjunto de datos tiene {dims}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="89" />
      <source>a device</source>
      <translation>un dispositivo</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="89" />
      <source>a folder</source>
      <translation>una carpeta</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="61" />
      <source>a huge number</source>
      <translation>un número enorme</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="178" />
      <source>a layer cannot feed itself</source>
      <translation>una capa no puede alimentarse a sí misma</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="89" />
      <source>a link</source>
      <translation>un enlace</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="93" />
      <source>a new class's name, then Enter</source>
      <translation>el nombre de una clase nueva y, después, Intro</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="97" />
      <source>a node with id '{node_id}' already exists</source>
      <translation>ya existe un nodo con el id '{node_id}'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="134" />
      <source>a non-number ({value!r})</source>
      <translation>un valor no numérico ({value!r})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="32" />
      <source>a number has {digits:,} digits (at most {max_digits} are accepted)</source>
      <translation>un número tiene {digits:,} dígitos (se aceptan como máximo {max_digits})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="39" />
      <source>a number is written with {n_text:,} characters (at most {max_digits} digits)</source>
      <translation>un número está escrito con {n_text:,} caracteres (como máximo {max_digits} dígitos)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="84" />
      <source>a regression</source>
      <translation>una regresión</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="279" />
      <source>a run is going on: stop it first</source>
      <translation>hay una ejecución en curso: deténgala primero</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="216" />
      <source>a run or an evaluation is going on: stop it, then find a learning rate</source>
      <translation>hay una ejecución o una evaluación en curso: deténgala y luego busque una tasa de aprendizaje</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="91" />
      <source>a socket</source>
      <translation>un socket</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="231" />
      <source>a sweep needs at least one --param NAME=SPEC, e.g. {examples}</source>
      <translation>un barrido necesita al menos un --param NAME=SPEC, p. ej., {examples}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="29" />
      <source>a tenth of the rate at which the loss (each batch's with the 3 before and after it, their median) was lowest (fastai's “minimum” rule): an order of magnitude below where the loss stops falling</source>
      <translation>una décima parte de la tasa con la que la pérdida (la mediana de cada lote con los 3 anteriores y los 3 posteriores) fue mínima (la regla “minimum” de fastai): un orden de magnitud por debajo de donde la pérdida deja de bajar</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="88" />
      <source>a {type}</source>
      <translation>un {type}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="59" />
      <source>a {type} of {count:,} items</source>
      <translation>un {type} de {count:,} elementos</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plots.py" line="44" />
      <source>accuracy</source>
      <translation>precisión</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="196" />
      <source>accuracy {accuracy:.1f}%</source>
      <translation>precisión {accuracy:.1f} %</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="361" />
      <source>accuracy {share} ({correct:,} of {total:,} samples)</source>
      <translation>precisión {share} ({correct:,} de {total:,} muestras)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="101" />
      <source>adds a constant</source>
      <translation>suma una constante</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="374" />
      <source>all</source>
      <translation>todas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/vision.py" line="36" />
      <source>allow downloading so torchvision fetches it (needs internet)</source>
      <translation>permita la descarga para que torchvision los obtenga (requiere internet)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="110" />
      <source>an input of shape {x_shape} is not a sample of this network's input</source>
      <translation>una entrada de forma {x_shape} no es una muestra de la entrada de esta red</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="24" />
      <source>answers</source>
      <translation>respuestas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="196" />
      <source>answers is not text by step number</source>
      <translation>answers no es texto por número de paso</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="259" />
      <source>at the end of epoch {epoch}</source>
      <translation>al final de la época {epoch}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/evaluation.py" line="100" />
      <source>at the start of training</source>
      <translation>al inicio del entrenamiento</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="197" />
      <source>augmentation</source>
      <translation>aumento</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="194" />
      <source>auto</source>
      <translation>auto</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="30" />
      <source>auto (CPU on this machine)</source>
      <translation>auto (CPU en esta máquina)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="29" />
      <source>auto (CUDA on this machine)</source>
      <translation>auto (CUDA en esta máquina)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="87" />
      <source>automatic</source>
      <translation>automática</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="279" />
      <source>average</source>
      <translation>promedio</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="279" />
      <source>average of {n}</source>
      <translation>promedio de {n}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="296" />
      <source>averaged over {n} {words}</source>
      <translation>promedio de {n} {words}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="169" />
      <source>batch size</source>
      <translation>tamaño de lote</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="146" />
      <source>bce expects one probability per output, but the network ends in {type}. Use cross_entropy with Softmax, or end in Sigmoid.</source>
      <translation>bce espera una probabilidad por salida, pero la red termina en {type}. Use cross_entropy con Softmax, o termine en Sigmoid.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/preview.py" line="24" />
      <source>before training</source>
      <translation>antes del entrenamiento</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="117" />
      <source>biases</source>
      <translation>sesgos</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="349" />
      <source>biases ({n:,})</source>
      <translation>sesgos ({n:,})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="176" />
      <source>both ends must be nodes of this design</source>
      <translation>ambos extremos deben ser nodos de este diseño</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="29" />
      <source>brightness</source>
      <translation>brillo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="52" />
      <source>by class</source>
      <translation>por clase</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="124" />
      <source>by class: the classes in their order; by error: the classes with the most wrongly predicted samples first</source>
      <translation>por clase: las clases en su orden; por errores: primero las clases con más muestras mal predichas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="52" />
      <source>by error</source>
      <translation>por errores</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/camera_feed.py" line="238" />
      <source>camera off</source>
      <translation>cámara apagada</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="185" />
      <source>cannot allocate the traced run's input, {batch} samples of shape {shape} ({exc}): give a smaller input shape (--input-shape), the size of one real sample</source>
      <translation>no se puede reservar memoria para la entrada de la ejecución trazada, {batch} muestras de forma {shape} ({exc}): indique una forma de entrada menor (--input-shape), el tamaño de una muestra real</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="201" />
      <source>cannot connect {source} to {target}: {reason}</source>
      <translation>no se puede conectar {source} con {target}: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/tensorboard.py" line="79" />
      <source>cannot create the TensorBoard folder {folder} ({strerror}); give a folder you can write to</source>
      <translation>no se puede crear la carpeta de TensorBoard {folder} ({strerror}); indique una carpeta en la que se pueda escribir</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="88" />
      <source>cannot export {label} to ONNX: the model fails on a sample batch ({first_line})</source>
      <translation>no se puede exportar {label} a ONNX: el modelo falla con un lote de muestra ({first_line})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="106" />
      <source>cannot export {label} to ONNX: the model is too large for one ONNX file ({first_line})</source>
      <translation>no se puede exportar {label} a ONNX: el modelo es demasiado grande para un solo archivo ONNX ({first_line})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="113" />
      <source>cannot export {label} to ONNX: {failures}</source>
      <translation>no se puede exportar {label} a ONNX: {failures}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="405" />
      <source>cannot import {what}: forward() returns {ids!r} but the design ends in {outputs}</source>
      <translation>no se puede importar {what}: forward() devuelve {ids!r}, pero el diseño termina en {outputs}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="93" />
      <source>cannot import {what}: input shape {shape}: {problem}</source>
      <translation>no se puede importar {what}: forma de entrada {shape}: {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="415" />
      <source>cannot import {what}: it has {theirs:,} parameters but the imported design has {ours:,}{hint}</source>
      <translation>no se puede importar {what}: tiene {theirs:,} parámetros, pero el diseño importado tiene {ours:,}{hint}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="401" />
      <source>cannot import {what}: the design it makes is not valid: {where}{message}</source>
      <translation>no se puede importar {what}: el diseño que genera no es válido: {where}{message}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="100" />
      <source>cannot import {what}: the traced run's input, {batch} samples of shape {shape}, needs about {human_bytes}, more than this computer has free: give a smaller input shape (--input-shape), the size of one real sample</source>
      <translation>no se puede importar {what}: la entrada de la ejecución trazada, {batch} muestras de forma {shape}, necesita unos {human_bytes}, más de lo que este ordenador tiene libre: indique una forma de entrada menor (--input-shape), el tamaño de una muestra real</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="148" />
      <source>cannot import {what}: {message}</source>
      <translation>no se puede importar {what}: {message}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/figures.py" line="31" />
      <source>cannot save {path}: the folder {folder} does not exist</source>
      <translation>no se puede guardar {path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/figures.py" line="34" />
      <source>cannot save {path}: writing the picture failed (is the disk full?)</source>
      <translation>no se puede guardar {path}: falló la escritura de la imagen (¿está lleno el disco?)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="107" />
      <source>cannot write there ({reason}); give another file name</source>
      <translation>no se puede escribir ahí ({reason}); indique otro nombre de archivo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="156" />
      <source>channel</source>
      <translation>canal</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="88" />
      <source>choose a folder to write the pictures into</source>
      <translation>elija una carpeta en la que escribir las imágenes</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="55" />
      <source>class</source>
      <translation>clase</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="20" />
      <source>class {i}</source>
      <translation>clase {i}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="323" />
      <source>class {name}: recall {recall} ({right:,} of its {total:,} samples predicted as {name})</source>
      <translation>clase {name}: exhaustividad {recall} ({right:,} de sus {total:,} muestras predichas como {name})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet_pdf.py" line="216" />
      <source>class {n}</source>
      <translation>clase {n}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="160" />
      <source>class {target} is not an output of this network (it has {columns})</source>
      <translation>la clase {target} no es una salida de esta red (tiene {columns})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="26" />
      <source>color</source>
      <translation>color</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="334" />
      <source>colour scale ±{m:.3g}</source>
      <translation>escala de color ±{m:.3g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="302" />
      <source>column</source>
      <translation>columna</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="26" />
      <source>completed</source>
      <translation>completada</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/vision.py" line="45" />
      <source>connect to the internet so torchvision can download it</source>
      <translation>conéctese a internet para que torchvision pueda descargarlo</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="185" />
      <source>connecting {source} to {target} would make a cycle: {target} already feeds {source}</source>
      <translation>conectar {source} con {target} crearía un ciclo: {target} ya alimenta a {source}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="29" />
      <source>contrast</source>
      <translation>contraste</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="81" />
      <source>cosine</source>
      <translation>coseno</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="180" />
      <source>cosine: the rate at the last epoch.</source>
      <translation>cosine: la tasa en la última época.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/backbones.py" line="204" />
      <source>could not be downloaded from {url} (what came is damaged: its SHA-256 does not start with {digest}, as its name says).</source>
      <translation>no se pudieron descargar de {url} (lo que llegó está dañado: su SHA-256 no empieza por {digest}, como indica su nombre).</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/backbones.py" line="210" />
      <source>could not be downloaded from {url} ({reason}).</source>
      <translation>no se pudieron descargar de {url} ({reason}).</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/vision.py" line="34" />
      <source>could not read {label} from {where}: {exc}</source>
      <translation>no se pudo leer {label} de {where}: {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="116" />
      <source>count</source>
      <translation>recuento</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="50" />
      <source>counts</source>
      <translation>recuentos</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="119" />
      <source>counts: samples in each cell; row %: each cell's share of its true class</source>
      <translation>recuentos: muestras en cada celda; % de fila: la proporción de cada celda dentro de su clase real</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="75" />
      <source>creating {cls_name}() failed: {exc}</source>
      <translation>falló la creación de {cls_name}(): {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="26" />
      <source>crop</source>
      <translation>recorte</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="142" />
      <source>cross_entropy expects class scores or Softmax, but the network ends in Sigmoid. Use Softmax for several classes, or the bce loss for yes/no.</source>
      <translation>cross_entropy espera puntuaciones de clase o Softmax, pero la red termina en Sigmoid. Use Softmax para varias clases, o la pérdida bce para sí/no.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="34" />
      <source>csv file {candidate} is a folder, not a file</source>
      <translation>el archivo CSV {candidate} es una carpeta, no un archivo</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="66" />
      <source>csv file {path} cannot be read: {exc}</source>
      <translation>no se puede leer el archivo CSV {path}: {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="74" />
      <source>csv file {path} has a header but no data rows</source>
      <translation>el archivo CSV {path} tiene encabezado, pero ninguna fila de datos</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="287" />
      <source>csv file {path} has no feature columns besides the target {target!r}</source>
      <translation>el archivo CSV {path} no tiene columnas de características aparte del objetivo {target!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="68" />
      <source>csv file {path} is empty: it needs a header row naming the columns, then data rows</source>
      <translation>el archivo CSV {path} está vacío: necesita una fila de encabezado con los nombres de las columnas y luego filas de datos</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="63" />
      <source>csv file {path} is not UTF-8 text ({reason} at byte {start})</source>
      <translation>el archivo CSV {path} no es texto UTF-8 ({reason} en el byte {start})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="77" />
      <source>csv file {path} line {line} has {n_row} values but the header has {n_header} columns</source>
      <translation>archivo CSV {path}: la línea {line} tiene {n_row} valores, pero el encabezado tiene {n_header} columnas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="52" />
      <source>csv file {path}: column {name!r} appears twice in the header</source>
      <translation>archivo CSV {path}: la columna {name!r} aparece dos veces en el encabezado</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="240" />
      <source>csv file {path}: row {i} (line {line}), column {name!r}: the target is empty</source>
      <translation>archivo CSV {path}: fila {i} (línea {line}), columna {name!r}: el objetivo está vacío</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="183" />
      <source>csv file {path}: row {i} (line {line}), column {name!r}: {what}</source>
      <translation>archivo CSV {path}: fila {i} (línea {line}), columna {name!r}: {what}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="153" />
      <source>csv file {path}: {role} column {name!r} is not in the file; available columns: {shown}</source>
      <translation>archivo CSV {path}: la columna {role} {name!r} no está en el archivo; columnas disponibles: {shown}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="35" />
      <source>csv file {raw} not found (looked for {candidates})</source>
      <translation>no se encontró el archivo CSV {raw} (se buscó {candidates})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="42" />
      <source>cuda:{index}: {name} ({memory:.0f} GB)</source>
      <translation>cuda:{index}: {name} ({memory:.0f} GB)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="158" />
      <source>curves is not the two tensors batch_x and batch_loss</source>
      <translation>curves no son los dos tensores batch_x y batch_loss</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="397" />
      <source>data: {name}, {classes} classes; {plan}{preprocessing}</source>
      <translation>datos: {name}, {classes} clases; {plan}{preprocessing}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/summary.py" line="76" />
      <source>data: {problem}</source>
      <translation>datos: {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="136" />
      <source>dataset</source>
      <translation>conjunto de datos</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="26" />
      <source>dataset 'csv' needs a 'path': the CSV file to read</source>
      <translation>el conjunto de datos 'csv' necesita un 'path': el archivo CSV que leer</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="271" />
      <source>dataset 'csv' needs a 'target': the name of the column to predict</source>
      <translation>el conjunto de datos 'csv' necesita un 'target': el nombre de la columna que predecir</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="283" />
      <source>dataset 'csv': features lists a column twice</source>
      <translation>conjunto de datos 'csv': features incluye una columna dos veces</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="281" />
      <source>dataset 'csv': features must be a non-empty list of column names</source>
      <translation>conjunto de datos 'csv': features debe ser una lista no vacía de nombres de columna</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="269" />
      <source>dataset 'csv': task must be 'classification' or 'regression', not {task!r}</source>
      <translation>conjunto de datos 'csv': task debe ser 'classification' o 'regression', no {task!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="285" />
      <source>dataset 'csv': the target column {target!r} cannot also be a feature</source>
      <translation>conjunto de datos 'csv': la columna objetivo {target!r} no puede ser también una característica</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="147" />
      <source>dataset 'csv': {role} must be a column name (a string), not {name!r}</source>
      <translation>conjunto de datos 'csv': {role} debe ser un nombre de columna (una cadena), no {name!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="42" />
      <source>dataset 'image_folder' needs a '{what}': the folder holding one sub-folder of images per class</source>
      <translation>el conjunto de datos 'image_folder' necesita un '{what}': la carpeta que contiene una subcarpeta de imágenes por clase</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="117" />
      <source>dataset 'image_folder' needs the image size: give the Input the shape [channels, height, width] (like [3, 64, 64]), or set the dataset's 'size' to [height, width]</source>
      <translation>el conjunto de datos 'image_folder' necesita el tamaño de imagen: dé al Input la forma [channels, height, width] (como [3, 64, 64]), o ponga el 'size' del conjunto de datos en [height, width]</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="124" />
      <source>dataset 'image_folder' reads images as 1 channel (grey) or 3 (colour), not {channels!r}: make the Input's first number 1 or 3, or set the dataset's 'channels'</source>
      <translation>el conjunto de datos 'image_folder' lee las imágenes con 1 canal (gris) o 3 (color), no {channels!r}: haga que el primer número del Input sea 1 o 3, o fije los 'channels' del conjunto de datos</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="367" />
      <source>dataset 'image_folder': preload must be "auto", true or false, not {preload!r}</source>
      <translation>conjunto de datos 'image_folder': preload debe ser "auto", true o false, no {preload!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="110" />
      <source>dataset 'image_folder': resize must be true or false, not {resize!r}</source>
      <translation>conjunto de datos 'image_folder': resize debe ser true o false, no {resize!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="121" />
      <source>dataset 'image_folder': size must be [height, width], whole numbers from 1 to 4096, not {size!r}</source>
      <translation>conjunto de datos 'image_folder': size debe ser [height, width], números enteros de 1 a 4096, no {size!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/loading.py" line="74" />
      <source>dataset '{ds_name}': validation {fraction} of {n} training samples leaves none to train on; lower the fraction or the limit</source>
      <translation>conjunto de datos '{ds_name}': una validación de {fraction} de {n} muestras de entrenamiento no deja ninguna para entrenar; reduzca la fracción o el límite</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/loading.py" line="37" />
      <source>dataset '{name}': unknown option {key!r} (options: {allowed})</source>
      <translation>conjunto de datos '{name}': opción desconocida {key!r} (opciones: {allowed})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/loading.py" line="41" />
      <source>dataset '{name}': {key} must be {choices}, not {value!r}</source>
      <translation>conjunto de datos '{name}': {key} debe ser {choices}, no {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="161" />
      <source>dataset is {shown}, not an object</source>
      <translation>dataset es {shown}, no un objeto</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/loading.py" line="112" />
      <source>dataset normalize must be true or false, not {normalize!r}</source>
      <translation>normalize del conjunto de datos debe ser true o false, no {normalize!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/loading.py" line="54" />
      <source>dataset {key} {problem}</source>
      <translation>conjunto de datos: {key} {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="178" />
      <source>dataset.class_names has {n_names} names for {classes} classes</source>
      <translation>dataset.class_names tiene {n_names} nombres para {classes} clases</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="176" />
      <source>dataset.class_names is {shown}, not a list of names</source>
      <translation>dataset.class_names es {shown}, no una lista de nombres</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="169" />
      <source>dataset.input_shape is {shown}, not a list of 1 to 8 sizes</source>
      <translation>dataset.input_shape es {shown}, no una lista de 1 a 8 tamaños</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="172" />
      <source>dataset.input_shape {dims} holds more than 2**53 values</source>
      <translation>dataset.input_shape {dims} contiene más de 2**53 valores</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="183" />
      <source>dataset.name is {shown}, not a name</source>
      <translation>dataset.name es {shown}, no un nombre</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="164" />
      <source>dataset.task is {shown}, not one of {tasks}</source>
      <translation>dataset.task es {shown}, no uno de {tasks}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="166" />
      <source>dataset.task is {task} but the problem is {kind}</source>
      <translation>dataset.task es {task}, pero el problema es {kind}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="28" />
      <source>degrees</source>
      <translation>grados</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="173" />
      <source>description</source>
      <translation>descripción</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="49" />
      <source>device</source>
      <translation>dispositivo</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="49" />
      <source>device cuda:{index} does not exist: this machine has 1 CUDA device (cuda:0)</source>
      <translation>el dispositivo cuda:{index} no existe: esta máquina tiene 1 dispositivo CUDA (cuda:0)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="51" />
      <source>device cuda:{index} does not exist: this machine has {count} CUDA devices (cuda:0 to cuda:{last})</source>
      <translation>el dispositivo cuda:{index} no existe: esta máquina tiene {count} dispositivos CUDA (de cuda:0 a cuda:{last})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="190" />
      <source>device: {value} is not one of auto, cpu, cuda, cuda:N</source>
      <translation>device: {value} no es uno de auto, cpu, cuda, cuda:N</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="96" />
      <source>did not run</source>
      <translation>no se ejecutó</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="71" />
      <source>dilated kernel</source>
      <translation>núcleo dilatado</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="145" />
      <source>dimension</source>
      <translation>dimensión</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="27" />
      <source>direction</source>
      <translation>dirección</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="27" />
      <source>diverged</source>
      <translation>divergió</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="103" />
      <source>download %p%</source>
      <translation>descarga %p%</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="332" />
      <source>dropout of every Dropout layer</source>
      <translation>dropout de todas las capas Dropout</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="333" />
      <source>dropout of layer {node}</source>
      <translation>dropout de la capa {node}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="98" />
      <source>dropout: the design has no Dropout layer; add one, or sweep dropout:NODE_ID of a layer with a dropout setting</source>
      <translation>dropout: el diseño no tiene ninguna capa Dropout; añada una, o haga el barrido de dropout:NODE_ID de una capa con un ajuste de dropout</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="35" />
      <source>duplicate</source>
      <translation>duplicado</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/evaluation.py" line="100" />
      <source>during epoch {epoch}</source>
      <translation>durante la época {epoch}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="93" />
      <source>each batch</source>
      <translation>cada lote</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="172" />
      <source>each input row has {plural}; {width_note}</source>
      <translation>cada fila de entrada tiene {plural}; {width_note}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="26" />
      <source>early stopping</source>
      <translation>detención temprana</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="60" />
      <source>epoch</source>
      <translation>época</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="140" />
      <source>epoch %p%</source>
      <translation>época %p%</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="126" />
      <source>epoch of the run</source>
      <translation>época de la ejecución</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="60" />
      <source>epoch {epoch}/{epochs} · batch {batch:,}/{batches:,} · lr {lr:.3g} · {speed:,.0f} samples/s · {elapsed} elapsed · {left}</source>
      <translation>época {epoch}/{epochs} · lote {batch:,}/{batches:,} · lr {lr:.3g} · {speed:,.0f} muestras/s · {elapsed} transcurrido · {left}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="167" />
      <source>epochs</source>
      <translation>épocas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet_pdf.py" line="168" />
      <source>epochs 1 to {n}</source>
      <translation>épocas 1 a {n}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="164" />
      <source>expected a list of input rows, not the single number {item!r}</source>
      <translation>se esperaba una lista de filas de entrada, no el número suelto {item!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="180" />
      <source>expected a list of input rows, not {what}{value}</source>
      <translation>se esperaba una lista de filas de entrada, no {what}{value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="183" />
      <source>expected at least one input row</source>
      <translation>se esperaba al menos una fila de entrada</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="214" />
      <source>expected {n} numbers, got {value}</source>
      <translation>se esperaban {n} números; se recibió {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="116" />
      <source>explaining class {name}</source>
      <translation>explicando la clase {name}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="114" />
      <source>explaining the output</source>
      <translation>explicando la salida</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="113" />
      <source>explaining the probability of {name}</source>
      <translation>explicando la probabilidad de {name}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="27" />
      <source>failed</source>
      <translation>falló</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="158" />
      <source>feature</source>
      <translation>característica</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="24" />
      <source>final accuracy</source>
      <translation>precisión final</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="24" />
      <source>final loss</source>
      <translation>pérdida final</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="26" />
      <source>flip</source>
      <translation>volteo</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="219" />
      <source>forward() returns {name}, not one tensor; a netbuilder design has one output</source>
      <translation>forward() devuelve {name}, no un solo tensor; un diseño de netbuilder tiene una sola salida</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="213" />
      <source>forward() takes a second input ({node_name!r}); a netbuilder design has one Input</source>
      <translation>forward() recibe una segunda entrada ({node_name!r}); un diseño de netbuilder tiene un solo Input</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="377" />
      <source>forward() uses the {kind} '{target}' directly; netbuilder imports only layers of its catalogue (put the weights in a catalogue layer)</source>
      <translation>forward() usa directamente el {kind} '{target}'; netbuilder solo importa capas de su catálogo (ponga los pesos en una capa del catálogo)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="351" />
      <source>forward()'s return</source>
      <translation>el valor devuelto por forward()</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/summary.py" line="84" />
      <source>free memory unknown here</source>
      <translation>memoria libre desconocida aquí</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="357" />
      <source>function {function} (node '{node}')</source>
      <translation>función {function} (nodo '{node}')</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="147" />
      <source>gate unit</source>
      <translation>unidad de puerta</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="207" />
      <source>gradcam explains image-like inputs (channels and 1 or 2 axes); this input has shape {batch_shape}</source>
      <translation>gradcam explica entradas de tipo imagen (canales y 1 o 2 ejes); esta entrada tiene la forma {batch_shape}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="202" />
      <source>gradcam looks at a convolution's output; node {node!r} is a {kind}, not a Conv2d or Conv1d</source>
      <translation>gradcam examina la salida de una convolución; el nodo {node!r} es un {kind}, no una Conv2d ni una Conv1d</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="200" />
      <source>gradcam looks at a convolution's output; node {node!r} is a {kind}, not a Conv2d or Conv1d outside a squeeze-and-excitation block</source>
      <translation>gradcam examina la salida de una convolución; el nodo {node!r} es un {kind}, no una Conv2d ni una Conv1d fuera de un bloque squeeze-and-excitation</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="192" />
      <source>gradcam needs a convolution (Conv2d or Conv1d) in the network, and this one has none; use saliency, integrated_gradients or occlusion</source>
      <translation>gradcam necesita una convolución (Conv2d o Conv1d) en la red, y esta no tiene ninguna; use saliency, integrated_gradients u occlusion</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="197" />
      <source>gradcam: there is no node {node!r} in this network</source>
      <translation>gradcam: no hay ningún nodo {node!r} en esta red</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="124" />
      <source>gradient norm</source>
      <translation>norma del gradiente</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="360" />
      <source>gradient norm {norm:.3g}</source>
      <translation>norma del gradiente {norm:.3g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="82" />
      <source>gradient norm {norm:.3g} ({share})</source>
      <translation>norma del gradiente {norm:.3g} ({share})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="99" />
      <source>greyer</source>
      <translation>más gris</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="147" />
      <source>hidden unit</source>
      <translation>unidad oculta</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="139" />
      <source>history is {shown}, not a list of epochs</source>
      <translation>history es {shown}, no una lista de épocas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="27" />
      <source>horizontal</source>
      <translation>horizontal</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="243" />
      <source>horizontal (left-right) or vertical (upside down).</source>
      <translation>horizontal (izquierda-derecha) o vertical (boca abajo).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="335" />
      <source>hover for values</source>
      <translation>pase el ratón para ver los valores</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="58" />
      <source>how many samples of this class there are</source>
      <translation>cuántas muestras de esta clase hay</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="49" />
      <source>image folder {raw} not found (looked for {candidates})</source>
      <translation>no se encontró la carpeta de imágenes {raw} (se buscó {candidates})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="109" />
      <source>image folder {root} has no class folders inside it: {links_out}</source>
      <translation>la carpeta de imágenes {root} no contiene carpetas de clases: {links_out}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="111" />
      <source>image folder {root} has no class folders: put the images of each class in a folder of its own inside it (like {cats} and {dogs})</source>
      <translation>la carpeta de imágenes {root} no tiene carpetas de clases: ponga las imágenes de cada clase en una carpeta propia dentro de ella (como {cats} y {dogs})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="117" />
      <source>image folder {root} has {n_classes} class folder ({classes}): a classifier needs 2 or more, one folder of images per class{links}</source>
      <translation>la carpeta de imágenes {root} tiene {n_classes} carpeta de clase ({classes}): un clasificador necesita 2 o más, una carpeta de imágenes por clase{links}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="136" />
      <source>image folder {root}: no image in the class folder {empty}{links} (images: {img_extensions})</source>
      <translation>carpeta de imágenes {root}: no hay ninguna imagen en la carpeta de clase {empty}{links} (imágenes: {img_extensions})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="138" />
      <source>image folder {root}: no image in the class folders {empty}{links} (images: {img_extensions})</source>
      <translation>carpeta de imágenes {root}: no hay ninguna imagen en las carpetas de clase {empty}{links} (imágenes: {img_extensions})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="165" />
      <source>image {path} cannot be read ({reason}): replace it with a JPEG or PNG image, or take it out of the folder</source>
      <translation>no se puede leer la imagen {path} ({reason}): sustitúyala por una imagen JPEG o PNG, o sáquela de la carpeta</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="152" />
      <source>image {path} is not a regular file: take it out of the folder</source>
      <translation>la imagen {path} no es un archivo normal: sáquela de la carpeta</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="158" />
      <source>image {path} is {height}x{width} (height x width), more than the {max_pixels:,} pixels netbuilder decodes: make it smaller, or take it out of the folder</source>
      <translation>la imagen {path} mide {height}x{width} (alto x ancho), más de los {max_pixels:,} píxeles que decodifica netbuilder: hágala más pequeña, o sáquela de la carpeta</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="187" />
      <source>image {path} is {img_height}x{img_width} (height x width) but the Input takes {height}x{width} and resize is off: resize the image, or set the dataset's resize to true</source>
      <translation>la imagen {path} mide {img_height}x{img_width} (alto x ancho), pero el Input admite {height}x{width} y resize está desactivado: redimensione la imagen, o ponga el resize del conjunto de datos en true</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pretrained.py" line="181" />
      <source>imagenet (torch's cache, downloaded on first use; netbuilder weights fetch MODEL gets them ahead), empty for random weights, or the path of a state_dict file</source>
      <translation>imagenet (la caché de torch, se descarga en el primer uso; netbuilder weights fetch MODEL los obtiene por adelantado), vacío para pesos aleatorios, o la ruta de un archivo state_dict</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="411" />
      <source>in ? → out {out}</source>
      <translation>entrada ? → salida {out}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="410" />
      <source>in {shapes} → out {out}</source>
      <translation>entrada {shapes} → salida {out}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="159" />
      <source>index</source>
      <translation>índice</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="355" />
      <source>indexing [...] (node '{node}')</source>
      <translation>indexación [...] (nodo '{node}')</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="136" />
      <source>indices</source>
      <translation>índices</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="242" />
      <source>infinite</source>
      <translation>infinito</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="80" />
      <source>infinitely</source>
      <translation>infinitamente</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="102" />
      <source>input</source>
      <translation>entrada</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="95" />
      <source>input channel</source>
      <translation>canal de entrada</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="139" />
      <source>input channels</source>
      <translation>canales de entrada</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="207" />
      <source>input row {at} holds a number too large to use (value {column}); input values must be finite numbers</source>
      <translation>la fila de entrada {at} contiene un número demasiado grande para usarlo (valor {column}); los valores de entrada deben ser números finitos</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="201" />
      <source>input row {number} has {plural}; {width_note}</source>
      <translation>la fila de entrada {number} tiene {plural}; {width_note}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="151" />
      <source>input row {number} holds {why}</source>
      <translation>la fila de entrada {number} contiene {why}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="216" />
      <source>input row {row} holds {value!r} (value {col}{beyond}); input values must be finite numbers</source>
      <translation>la fila de entrada {row} contiene {value!r} (valor {col}{beyond}); los valores de entrada deben ser números finitos</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary.py" line="62" />
      <source>input {n}</source>
      <translation>entrada {n}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="195" />
      <source>input {port} of {target} is already taken; disconnect it first</source>
      <translation>la entrada {port} de {target} ya está ocupada; desconéctela antes</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="175" />
      <source>integrated_gradients needs between 2 and {max_steps} steps, not {steps}</source>
      <translation>integrated_gradients necesita entre 2 y {max_steps} pasos, no {steps}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="177" />
      <source>is empty</source>
      <translation>está vacío</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="277" />
      <source>it does not give one tensor as netbuilder's {type} does</source>
      <translation>no da un solo tensor como la capa {type} de netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/common/camera.py" line="108" />
      <source>it gave no reason</source>
      <translation>no dio ningún motivo</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="230" />
      <source>it has no submodule {sub_name!r} as netbuilder's {type} has</source>
      <translation>no tiene ningún submódulo {sub_name!r} como el que tiene la capa {type} de netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="235" />
      <source>it has {label}={theirs}, and netbuilder's {type} cannot (it would have {label}={ours})</source>
      <translation>tiene {label}={theirs}, y la capa {type} de netbuilder no puede tenerlo (tendría {label}={ours})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="241" />
      <source>it holds {names}, which netbuilder's {type} does not have</source>
      <translation>contiene {names}, que la capa {type} de netbuilder no tiene</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="243" />
      <source>it lacks {names}, which netbuilder's {type} has</source>
      <translation>le falta {names}, que la capa {type} de netbuilder sí tiene</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_backbone.py" line="121" />
      <source>it trains {name} but freezes a stage after it; netbuilder's Pretrained trains a stage and all the stages after it</source>
      <translation>entrena {name}, pero congela una etapa posterior; la capa Pretrained de netbuilder entrena una etapa y todas las etapas posteriores</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_backbone.py" line="111" />
      <source>its stage {stage_name} freezes some parameters and trains others; netbuilder's Pretrained trains whole stages: set requires_grad alike for each stage</source>
      <translation>su etapa {stage_name} congela algunos parámetros y entrena otros; la capa Pretrained de netbuilder entrena etapas completas: ponga el mismo requires_grad en toda cada etapa</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_backbone.py" line="134" />
      <source>its weights do not have the names and shapes of the backbones netbuilder's Pretrained knows ({backbones})</source>
      <translation>sus pesos no tienen los nombres ni las formas de las redes base que conoce la capa Pretrained de netbuilder ({backbones})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="182" />
      <source>its work part is not an object</source>
      <translation>su parte de trabajo no es un objeto</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="158" />
      <source>its work part is not text</source>
      <translation>su parte de trabajo no es texto</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="246" />
      <source>its {key} has shape {theirs} where netbuilder's {type} has {ours}</source>
      <translation>su {key} tiene la forma {theirs}, donde la capa {type} de netbuilder tiene {ours}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="101" />
      <source>joins fewer than two layer outputs</source>
      <translation>une menos de dos salidas de capa</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="55" />
      <source>kernel</source>
      <translation>núcleo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="302" />
      <source>kernel tap</source>
      <translation>posición del núcleo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="272" />
      <source>label {name}</source>
      <translation>etiqueta {name}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="61" />
      <source>last</source>
      <translation>la última</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="173" />
      <source>layer</source>
      <translation>capa</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="373" />
      <source>layer '{owner}' is a {class_label} that uses its own {kind} '{target}' in forward(), and netbuilder's catalogue has no such layer; build it from catalogue layers, or leave it out</source>
      <translation>la capa '{owner}' es un {class_label} que usa su propio {kind} '{target}' en forward(), y el catálogo de netbuilder no tiene esa capa; constrúyala con capas del catálogo, o déjela fuera</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_backbone.py" line="185" />
      <source>layer '{qualname}' is a {class_label}, and netbuilder's catalogue has no such layer; replace it with catalogue layers, or leave it out</source>
      <translation>la capa '{qualname}' es un {class_label}, y el catálogo de netbuilder no tiene esa capa; sustitúyala por capas del catálogo, o déjela fuera</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="264" />
      <source>layer '{qualname}' is used more than once in forward() (shared weights); netbuilder gives every layer its own weights: make one module per use</source>
      <translation>la capa '{qualname}' se usa más de una vez en forward() (pesos compartidos); netbuilder da a cada capa sus propios pesos: cree un módulo por cada uso</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="276" />
      <source>layer '{target}' ({kind})</source>
      <translation>capa '{target}' ({kind})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="279" />
      <source>layer '{target}' is a {class_label}, and netbuilder's catalogue has no such layer; replace it with catalogue layers, or leave it out</source>
      <translation>la capa '{target}' es un {class_label}, y el catálogo de netbuilder no tiene esa capa; sustitúyala por capas del catálogo, o déjela fuera</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="154" />
      <source>learning rate</source>
      <translation>tasa de aprendizaje</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="87" />
      <source>learning rate (log scale)</source>
      <translation>tasa de aprendizaje (escala logarítmica)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/vision.py" line="37" />
      <source>leave both unset to let torchvision download it into {folder} (needs internet)</source>
      <translation>deje ambos sin definir para que torchvision lo descargue en {folder} (requiere internet)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="190" />
      <source>lesson is not an object</source>
      <translation>lesson no es un objeto</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="23" />
      <source>lesson step</source>
      <translation>paso de la lección</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/gallery.py" line="213" />
      <source>lesson {name}: {steps} step</source>
      <translation>lección {name}: {steps} paso</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/gallery.py" line="214" />
      <source>lesson {name}: {steps} steps</source>
      <translation>lección {name}: {steps} pasos</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="193" />
      <source>lesson.{key} is not a whole number</source>
      <translation>lesson.{key} no es un número entero</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="47" />
      <source>log scale</source>
      <translation>escala logarítmica</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plots.py" line="53" />
      <source>loss</source>
      <translation>pérdida</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="328" />
      <source>loss (- - validation)</source>
      <translation>pérdida (- - validación)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="327" />
      <source>loss (smoothed)</source>
      <translation>pérdida (suavizada)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/loop.py" line="223" />
      <source>loss on the training samples</source>
      <translation>pérdida en las muestras de entrenamiento</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="194" />
      <source>loss {loss:.4g}</source>
      <translation>pérdida {loss:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="162" />
      <source>low..high, low..high:log or a,b,c</source>
      <translation>mín..máx, mín..máx:log o a,b,c</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plots.py" line="44" />
      <source>mean absolute error</source>
      <translation>error absoluto medio</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="198" />
      <source>mean absolute error {mae:.4g}</source>
      <translation>error absoluto medio {mae:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="94" />
      <source>median of 7 batches</source>
      <translation>mediana de 7 lotes</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/summary.py" line="87" />
      <source>memory to train (batch {batch:,}, {optimizer}): about {total}; {has}{verdict}</source>
      <translation>memoria para entrenar (lote {batch:,}, {optimizer}): unos {total}; {has}{verdict}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="353" />
      <source>method .{method}() (node '{node}')</source>
      <translation>método .{method}() (nodo '{node}')</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="88" />
      <source>missing</source>
      <translation>inexistente</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="185" />
      <source>missing; choose a dataset in the training settings (for example mnist)</source>
      <translation>falta; elija un conjunto de datos en los ajustes de entrenamiento (por ejemplo, mnist)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="159" />
      <source>momentum</source>
      <translation>momento</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="116" />
      <source>must be a list of names, not {value!r}</source>
      <translation>debe ser una lista de nombres, no {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="263" />
      <source>must be a list of steps such as {{"type": "flip"}}, not {value!r}</source>
      <translation>debe ser una lista de pasos como {{"type": "flip"}}, no {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/numbers.py" line="20" />
      <source>must be a number, not {value!r}</source>
      <translation>debe ser un número, no {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/numbers.py" line="35" />
      <source>must be a whole number, not {value!r}</source>
      <translation>debe ser un número entero, no {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="187" />
      <source>must be an object with a 'name', not {ds!r}</source>
      <translation>debe ser un objeto con un 'name', no {ds!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="211" />
      <source>must be an object with a 'name', not {scheduler!r}</source>
      <translation>debe ser un objeto con un 'name', no {scheduler!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="271" />
      <source>must be an object with a 'type', not {step!r}</source>
      <translation>debe ser un objeto con un 'type', no {step!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="100" />
      <source>must be an object, not {value!r}</source>
      <translation>debe ser un objeto, no {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/numbers.py" line="24" />
      <source>must be at least {low:g}; it is {value}</source>
      <translation>debe ser como mínimo {low:g}; es {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/numbers.py" line="38" />
      <source>must be at least {low}; it is {value}</source>
      <translation>debe ser como mínimo {low}; es {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/numbers.py" line="40" />
      <source>must be at most {high:,}; it is {value:,}</source>
      <translation>debe ser como máximo {high:,}; es {value:,}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/numbers.py" line="26" />
      <source>must be at most {high:g}; it is {value}</source>
      <translation>debe ser como máximo {high:g}; es {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/numbers.py" line="22" />
      <source>must be greater than {low:g}; it is {value}</source>
      <translation>debe ser mayor que {low:g}; es {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="172" />
      <source>name</source>
      <translation>nombre</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="220" />
      <source>nearest copies values; bilinear interpolates (images only)</source>
      <translation>nearest copia los valores; bilinear interpola (solo imágenes)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="15" />
      <source>netbuilder checkpoints (*.ckpt);;All files (*)</source>
      <translation>Puntos de control de netbuilder (*.ckpt);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="24" />
      <source>netbuilder design</source>
      <translation>diseño de netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="53" />
      <source>netbuilder designs and checkpoints (*.json *.ckpt *.pt);;All files (*)</source>
      <translation>Diseños y puntos de control de netbuilder (*.json *.ckpt *.pt);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="16" />
      <source>netbuilder lessons (*.json *.nblesson);;All files (*)</source>
      <translation>Lecciones de netbuilder (*.json *.nblesson);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="280" />
      <source>netbuilder was not closed properly. Restore “{name}” with its trained weights, as it was autosaved at {when}?</source>
      <translation>netbuilder no se cerró correctamente. ¿Restaurar “{name}” con sus pesos entrenados, tal como se guardó automáticamente ({when})?</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="282" />
      <source>netbuilder was not closed properly. Restore “{name}”, as it was autosaved at {when}?</source>
      <translation>netbuilder no se cerró correctamente. ¿Restaurar “{name}”, tal como se guardó automáticamente ({when})?</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="22" />
      <source>netbuilder work (*.nbwork);;All files (*)</source>
      <translation>Trabajo de netbuilder (*.nbwork);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="304" />
      <source>netbuilder's {type} cannot be built with {params} ({exc})</source>
      <translation>la capa {type} de netbuilder no se puede construir con {params} ({exc})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="282" />
      <source>netbuilder's {type} computes other values from the same weights and inputs</source>
      <translation>la capa {type} de netbuilder calcula otros valores con los mismos pesos y entradas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="268" />
      <source>netbuilder's {type} fails on its input ({exc})</source>
      <translation>la capa {type} de netbuilder falla con su entrada ({exc})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="279" />
      <source>netbuilder's {type} gives shape {got} instead of {expected}</source>
      <translation>la capa {type} de netbuilder da la forma {got} en lugar de {expected}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="299" />
      <source>netbuilder's {type} would give shape {shape}, not {expected}</source>
      <translation>la capa {type} de netbuilder daría la forma {shape}, no {expected}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="65" />
      <source>netbuilder, {date}        Name: ______________________________</source>
      <translation>netbuilder, {date}        Nombre: ______________________________</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="48" />
      <source>network</source>
      <translation>red</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="203" />
      <source>network {n}</source>
      <translation>red {n}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="356" />
      <source>no</source>
      <translation>cero</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="136" />
      <source>no batch</source>
      <translation>ningún lote</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="351" />
      <source>no biases in this layer</source>
      <translation>esta capa no tiene sesgos</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/camera_feed.py" line="148" />
      <source>no camera</source>
      <translation>sin cámara</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment.py" line="217" />
      <source>no design</source>
      <translation>sin diseño</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="158" />
      <source>no document</source>
      <translation>sin documento</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="362" />
      <source>no gradients yet:
they appear while it trains</source>
      <translation>aún no hay gradientes:
aparecen durante el entrenamiento</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="337" />
      <source>no layer of the catalogue builds it</source>
      <translation>ninguna capa del catálogo lo construye</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lessons.py" line="58" />
      <source>no lesson is open: open one first (File &gt; Open)</source>
      <translation>no hay ninguna lección abierta: abra una primero (Archivo &gt; Abrir)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="110" />
      <source>no pictures in {names} yet: hold Capture or use Add files for each</source>
      <translation>aún no hay imágenes en {names}: mantenga pulsado el botón de captura o use Añadir archivos para cada una</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="109" />
      <source>no pictures in {names} yet: hold Capture or use Add files for it</source>
      <translation>aún no hay imágenes en {names}: mantenga pulsado el botón de captura o use Añadir archivos para ella</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="84" />
      <source>no predictions</source>
      <translation>sin predicciones</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="362" />
      <source>no samples</source>
      <translation>sin muestras</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/session.py" line="303" />
      <source>no snapshot {index}: the timeline has {n_timeline}</source>
      <translation>no hay instantánea {index}: la cronología tiene {n_timeline}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_checks.py" line="42" />
      <source>no trial of this sweep can train: {problem}</source>
      <translation>ningún ensayo de este barrido puede entrenar: {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet_pdf.py" line="153" />
      <source>no values</source>
      <translation>sin valores</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="348" />
      <source>no weights</source>
      <translation>sin pesos</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="108" />
      <source>no {metric}</source>
      <translation>sin {metric}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="400" />
      <source>node '{node_id}': </source>
      <translation>nodo '{node_id}': </translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="359" />
      <source>node '{node}'</source>
      <translation>nodo '{node}'</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="27" />
      <source>noise</source>
      <translation>ruido</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="80" />
      <source>none</source>
      <translation>ninguno</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="124" />
      <source>norm</source>
      <translation>norma</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="94" />
      <source>not a regular file</source>
      <translation>no es un archivo normal</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="354" />
      <source>not run: trial {number} with the same settings is running (in another process)</source>
      <translation>sin ejecutar: el ensayo {number}, con los mismos ajustes, se está ejecutando (en otro proceso)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="155" />
      <source>not smoothed</source>
      <translation>sin suavizar</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="49" />
      <source>not valid JSON: {name} is not a JSON number; write a number instead</source>
      <translation>JSON no válido: {name} no es un número JSON; escriba un número en su lugar</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="85" />
      <source>nothing called {name!r} to sweep: use {known}, dropout, dropout:NODE_ID, units:NODE_ID or a training setting's path such as scheduler.gamma</source>
      <translation>no hay nada llamado {name!r} para el barrido: use {known}, dropout, dropout:NODE_ID, units:NODE_ID o la ruta de un ajuste de entrenamiento, como scheduler.gamma</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/export.py" line="86" />
      <source>nothing has been trained in this session yet: train first, then save</source>
      <translation>aún no se ha entrenado nada en esta sesión: entrene primero y luego guarde</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/session.py" line="389" />
      <source>nothing has been trained yet: press Train first</source>
      <translation>aún no se ha entrenado nada: pulse antes Entrenar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="147" />
      <source>nothing has been trained yet: train first</source>
      <translation>aún no se ha entrenado nada: entrene primero</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="137" />
      <source>nothing has been trained yet: train first, then save a checkpoint</source>
      <translation>aún no se ha entrenado nada: entrene primero y luego guarde un punto de control</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep_rows.py" line="29" />
      <source>now {value}</source>
      <translation>ahora {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="129" />
      <source>null; input values must be numbers, not null</source>
      <translation>null; los valores de entrada deben ser números, no null</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="221" />
      <source>occlusion needs a window and a stride of at least 1, not {window} and {stride}</source>
      <translation>la oclusión necesita una ventana y un stride de al menos 1, no {window} y {stride}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="57" />
      <source>of the samples of this class, the share predicted as this class</source>
      <translation>de las muestras de esta clase, la proporción predicha como esta clase</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="56" />
      <source>of the samples predicted as this class, the share that really are this class</source>
      <translation>de las muestras predichas como esta clase, la proporción que realmente es de esta clase</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="219" />
      <source>off</source>
      <translation>desactivada</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="56" />
      <source>on</source>
      <translation>en</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="70" />
      <source>on {dataset} ({samples:,} samples) with {device}</source>
      <translation>con {dataset} ({samples:,} muestras) en {device}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="319" />
      <source>one tile per {what}, row by row</source>
      <translation>una casilla por {what}, fila a fila</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="166" />
      <source>only the learning rate can change during a run</source>
      <translation>solo la tasa de aprendizaje puede cambiar durante una ejecución</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="169" />
      <source>onnxruntime cannot run the exported model ({reason})</source>
      <translation>onnxruntime no puede ejecutar el modelo exportado ({reason})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="151" />
      <source>optimizer</source>
      <translation>optimizador</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="408" />
      <source>out {out}</source>
      <translation>salida {out}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="87" />
      <source>output</source>
      <translation>salida</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="139" />
      <source>output channel</source>
      <translation>canal de salida</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="139" />
      <source>output channels</source>
      <translation>canales de salida</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="173" />
      <source>output shape</source>
      <translation>forma de salida</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="102" />
      <source>output unit</source>
      <translation>unidad de salida</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/outputs.py" line="36" />
      <source>output: {values}</source>
      <translation>salida: {values}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="27" />
      <source>p</source>
      <translation>p</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="99" />
      <source>paler</source>
      <translation>más pálida</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="173" />
      <source>parameters</source>
      <translation>parámetros</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="41" />
      <source>per layer</source>
      <translation>por capa</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="41" />
      <source>per unit</source>
      <translation>por unidad</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="81" />
      <source>plateau</source>
      <translation>meseta</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="182" />
      <source>plateau: epochs without progress before a cut.</source>
      <translation>plateau: épocas sin progreso antes de una reducción.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="186" />
      <source>plateau: the metric that must improve.</source>
      <translation>plateau: la métrica que debe mejorar.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="184" />
      <source>plateau: what each cut multiplies the rate by.</source>
      <translation>plateau: por cuánto multiplica la tasa cada reducción.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="55" />
      <source>precision</source>
      <translation>precisión</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="153" />
      <source>pred {name}: {p:.2f}</source>
      <translation>pred. {name}: {p:.2f}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="66" />
      <source>predicted</source>
      <translation>predicha</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="60" />
      <source>predicted class over the plane, {fade} where the network is less sure; points: training data</source>
      <translation>clase predicha sobre el plano, {fade} donde la red está menos segura; puntos: datos de entrenamiento</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="63" />
      <source>predicted class over the plane; points: training data</source>
      <translation>clase predicha sobre el plano; puntos: datos de entrenamiento</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="154" />
      <source>predicted class {name}: probability {p:.3f}</source>
      <translation>clase predicha {name}: probabilidad {p:.3f}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="47" />
      <source>predicted value over the plane; points: training data, coloured by target</source>
      <translation>valor predicho sobre el plano; puntos: datos de entrenamiento, coloreados según el objetivo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="326" />
      <source>predicted {name}: precision {precision} ({right:,} of the {total:,} samples predicted as {name} are class {name})</source>
      <translation>clase predicha {name}: precisión {precision} ({right:,} de las {total:,} muestras predichas como {name} son de la clase {name})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/outputs.py" line="30" />
      <source>prediction: {name} ({p:.2f})</source>
      <translation>predicción: {name} ({p:.2f})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/inspection.py" line="141" />
      <source>predictions by class need a classification dataset with one class per sample</source>
      <translation>las predicciones por clase necesitan un conjunto de datos de clasificación con una clase por muestra</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="92" />
      <source>predicts {rows} (off by more than {tolerance:g})</source>
      <translation>predice {rows} (se desvía más de {tolerance:g})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="91" />
      <source>predicts {rows} (within {tolerance:g})</source>
      <translation>predice {rows} (dentro de la tolerancia de {tolerance:g})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="117" />
      <source>preprocess is {shown}, not an object</source>
      <translation>preprocess es {shown}, no un objeto</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="130" />
      <source>preprocess.std holds 0; a standard deviation divides</source>
      <translation>preprocess.std contiene 0; una desviación típica divide</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="125" />
      <source>preprocess.{key} is an empty list</source>
      <translation>preprocess.{key} es una lista vacía</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="87" />
      <source>probability</source>
      <translation>probabilidad</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="55" />
      <source>probability of each class along the input; points: training data</source>
      <translation>probabilidad de cada clase a lo largo de la entrada; puntos: datos de entrenamiento</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="52" />
      <source>probability of {name} along the input; points: training data</source>
      <translation>probabilidad de {name} a lo largo de la entrada; puntos: datos de entrenamiento</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="57" />
      <source>probability of {name} over the plane ({fade} near 0.5); points: training data</source>
      <translation>probabilidad de {name} sobre el plano ({fade} cerca de 0,5); puntos: datos de entrenamiento</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/outputs.py" line="33" />
      <source>probability of {name}: {p:.3f}</source>
      <translation>probabilidad de {name}: {p:.3f}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/inspection.py" line="197" />
      <source>probe {kind!r}: {exc}</source>
      <translation>sonda {kind!r}: {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="100" />
      <source>problem is {shown}, not an object</source>
      <translation>problem es {shown}, no un objeto</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="105" />
      <source>problem.kind is {shown}, not one of {problem_kinds}</source>
      <translation>problem.kind es {shown}, no uno de {problem_kinds}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="103" />
      <source>problem.loss is {shown}, not one of {losses}</source>
      <translation>problem.loss es {shown}, no uno de {losses}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="27" />
      <source>pruned</source>
      <translation>podado</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="149" />
      <source>query, key, value unit</source>
      <translation>unidad de consulta, clave y valor</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="326" />
      <source>ready to train</source>
      <translation>listo para entrenar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="55" />
      <source>recall</source>
      <translation>exhaustividad</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/autosave.py" line="187" />
      <source>recovered from the last session</source>
      <translation>recuperado de la última sesión</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="105" />
      <source>relative to the largest</source>
      <translation>relativo al máximo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep_rows.py" line="14" />
      <source>repeat</source>
      <translation>repetido</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plots.py" line="177" />
      <source>rewound here</source>
      <translation>rebobinado aquí</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="173" />
      <source>rose to {recent:.3g} from {low:.3g}</source>
      <translation>subió a {recent:.3g} desde {low:.3g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="26" />
      <source>rotation</source>
      <translation>rotación</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="307" />
      <source>row</source>
      <translation>fila</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="50" />
      <source>row %</source>
      <translation>% de fila</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="48" />
      <source>run</source>
      <translation>ejecución</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="137" />
      <source>run %p%</source>
      <translation>ejecución %p%</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="202" />
      <source>running it on an input of shape {shape} failed{where} ({exc}); check the input shape: one sample, without the batch</source>
      <translation>falló al ejecutarlo con una entrada de forma {shape}{where} ({exc}); compruebe la forma de entrada: una muestra, sin el lote</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="23" />
      <source>runs</source>
      <translation>ejecuciones</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="140" />
      <source>sample {index}</source>
      <translation>muestra {index}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/inspection.py" line="63" />
      <source>sample {index} is not in the {split} split ({n_x} samples)</source>
      <translation>la muestra {index} no está en la partición {split} ({n_x} muestras)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="145" />
      <source>samples</source>
      <translation>muestras</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="29" />
      <source>saturation</source>
      <translation>saturación</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="311" />
      <source>scalar</source>
      <translation>escalar</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="28" />
      <source>scale</source>
      <translation>escala</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="175" />
      <source>scheduler</source>
      <translation>planificador</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="49" />
      <source>seconds</source>
      <translation>segundos</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="171" />
      <source>seed</source>
      <translation>semilla</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="143" />
      <source>select a layer first</source>
      <translation>seleccione antes una capa</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="76" />
      <source>setting</source>
      <translation>ajuste</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="157" />
      <source>sgd and rmsprop only: keep part of the previous step, like a rolling ball (0 to 1).</source>
      <translation>solo sgd y rmsprop: conservar parte del paso anterior, como una bola que rueda (de 0 a 1).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/scene.py" line="325" />
      <source>shape ?</source>
      <translation>forma ?</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary.py" line="74" />
      <source>show probability</source>
      <translation>mostrar probabilidad</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="136" />
      <source>slice</source>
      <translation>corte</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="136" />
      <source>slices</source>
      <translation>cortes</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plots.py" line="62" />
      <source>smoothed</source>
      <translation>suavizada</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="54" />
      <source>smoothing</source>
      <translation>suavizado</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="196" />
      <source>state_dict is not a set of named tensors</source>
      <translation>state_dict no es un conjunto de tensores con nombre</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="346" />
      <source>statistics ({n:,})</source>
      <translation>estadísticas ({n:,})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="48" />
      <source>status</source>
      <translation>estado</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="30" />
      <source>std</source>
      <translation>desv. típ.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="81" />
      <source>step</source>
      <translation>escalonado</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="176" />
      <source>step: epochs between two cuts of the rate.</source>
      <translation>step: épocas entre dos reducciones de la tasa.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="178" />
      <source>step: what each cut multiplies the rate by.</source>
      <translation>step: por cuánto multiplica la tasa cada reducción.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="26" />
      <source>stopped</source>
      <translation>detenida</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="375" />
      <source>stopped before it finished: the sweep was stopped</source>
      <translation>detenido antes de terminar: se detuvo el barrido</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="23" />
      <source>student</source>
      <translation>alumno</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="143" />
      <source>study {study_name!r} sweeps {attrs} by {netbuilder_metric}; give the same --param and --metric, or another --study name</source>
      <translation>el estudio {study_name!r} hace un barrido de {attrs} según {netbuilder_metric}; indique los mismos --param y --metric, u otro nombre de --study</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="148" />
      <source>study {study_name!r} trained another design or other settings (--epochs, --limit...): its results would not compare; use another --study name</source>
      <translation>el estudio {study_name!r} entrenó otro diseño u otros ajustes (--epochs, --limit...): sus resultados no serían comparables; use otro nombre de --study</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="156" />
      <source>study {study_name!r} was made to {lower} its metric; this sweep would {direction} it: use another --study name</source>
      <translation>el estudio {study_name!r} se creó con la dirección {lower} para su métrica; este barrido usaría {direction}: use otro nombre de --study</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="145" />
      <source>suggested {rate}</source>
      <translation>sugerida {rate}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="55" />
      <source>support</source>
      <translation>soporte</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="170" />
      <source>swings by {swing:.0%} of its level from batch to batch</source>
      <translation>oscila un {swing:.0%} de su nivel de un lote a otro</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="90" />
      <source>tensor</source>
      <translation>tensor</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="23" />
      <source>test</source>
      <translation>prueba</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="49" />
      <source>test accuracy</source>
      <translation>precisión de prueba</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="121" />
      <source>test folder {root} has the classes {found} but the training folder has {classes}: they must be the same{links}</source>
      <translation>la carpeta de prueba {root} tiene las clases {found}, pero la carpeta de entrenamiento tiene {classes}: deben ser las mismas{links}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="195" />
      <source>test has the key {shown}, not a name</source>
      <translation>test tiene la clave {shown}, no un nombre</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="192" />
      <source>test is {shown}, not an object</source>
      <translation>test es {shown}, no un objeto</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="61" />
      <source>the CUDA device {device}</source>
      <translation>el dispositivo CUDA {device}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="28" />
      <source>the LR schedule</source>
      <translation>el planificador de LR</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/tensorboard.py" line="74" />
      <source>the TensorBoard folder {folder} is a file; give a folder for the logs</source>
      <translation>la carpeta de TensorBoard {folder} es un archivo; indique una carpeta para los registros</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="28" />
      <source>the augmentation</source>
      <translation>el aumento de datos</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="27" />
      <source>the batch size</source>
      <translation>el tamaño de lote</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="56" />
      <source>the class</source>
      <translation>la clase</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="73" />
      <source>the clipboard does not hold netbuilder layers</source>
      <translation>el portapapeles no contiene capas de netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="83" />
      <source>the clipboard holds a bad position for {node}</source>
      <translation>el portapapeles contiene una posición incorrecta para {node}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="88" />
      <source>the clipboard holds a connection to a layer it does not hold</source>
      <translation>el portapapeles contiene una conexión con una capa que no contiene</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="77" />
      <source>the clipboard holds an unknown layer: {layer}</source>
      <translation>el portapapeles contiene una capa desconocida: {layer}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="79" />
      <source>the clipboard holds bad parameters for {node}</source>
      <translation>el portapapeles contiene parámetros incorrectos para {node}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="131" />
      <source>the clipboard holds no layers</source>
      <translation>el portapapeles no contiene capas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="27" />
      <source>the dataset</source>
      <translation>el conjunto de datos</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/inspection.py" line="50" />
      <source>the dataset '{dataset_name}' has no {name} split</source>
      <translation>el conjunto de datos '{dataset_name}' no tiene partición {name}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/trainer.py" line="395" />
      <source>the dataset '{dataset_name}' has no {split} split</source>
      <translation>el conjunto de datos '{dataset_name}' no tiene partición {split}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="88" />
      <source>the dataset '{name}'</source>
      <translation>el conjunto de datos '{name}'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/loading.py" line="27" />
      <source>the dataset must be an object like {{"name": "mnist"}}, not {spec!r}</source>
      <translation>el conjunto de datos debe ser un objeto como {{"name": "mnist"}}, no {spec!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/loading.py" line="30" />
      <source>the dataset needs a 'name'; known datasets: {known}</source>
      <translation>el conjunto de datos necesita un 'name'; conjuntos de datos conocidos: {known}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/optim.py" line="12" />
      <source>the design has no trainable parameters: add a layer with weights (e.g. Linear)</source>
      <translation>el diseño no tiene parámetros entrenables: añada una capa con pesos (p. ej., Linear)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="200" />
      <source>the design has {wanted:,} weights but the file holds {held:,} values</source>
      <translation>el diseño tiene {wanted:,} pesos, pero el archivo contiene {held:,} valores</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="195" />
      <source>the design is locked</source>
      <translation>el diseño está bloqueado</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="177" />
      <source>the design needs a name</source>
      <translation>el diseño necesita un nombre</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="103" />
      <source>the design's Input takes {size} ({shape})</source>
      <translation>el Input del diseño admite {size} ({shape})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="207" />
      <source>the design's weight {names} is not in the file</source>
      <translation>el peso {names} del diseño no está en el archivo</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="28" />
      <source>the device</source>
      <translation>el dispositivo</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="146" />
      <source>the disk is full (or the quota is used up): nothing was saved there, and a file already there is unchanged; free some space or save elsewhere</source>
      <translation>el disco está lleno (o se ha agotado la cuota): no se guardó nada ahí, y un archivo que ya estuviera ahí no ha cambiado; libere espacio o guarde en otro lugar</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="27" />
      <source>the epochs</source>
      <translation>el número de épocas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="171" />
      <source>the exported model gives outputs of shape {got}, PyTorch {expected}</source>
      <translation>el modelo exportado da salidas de forma {got}; PyTorch, {expected}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="175" />
      <source>the exported model's outputs differ from PyTorch's by up to {worst:.3g}</source>
      <translation>las salidas del modelo exportado difieren de las de PyTorch hasta en {worst:.3g}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="209" />
      <source>the file holds the weight {names}, which the design does not have</source>
      <translation>el archivo contiene el peso {names}, que el diseño no tiene</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="262" />
      <source>the graph has a cycle through {nodes}</source>
      <translation>el grafo tiene un ciclo que pasa por {nodes}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="58" />
      <source>the harmonic mean of precision and recall</source>
      <translation>la media armónica de la precisión y la exhaustividad</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="167" />
      <source>the input is one row of {plural}; {width_note}</source>
      <translation>la entrada es una fila de {plural}; {width_note}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="85" />
      <source>the layers</source>
      <translation>las capas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="26" />
      <source>the learning rate</source>
      <translation>la tasa de aprendizaje</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="192" />
      <source>the lesson</source>
      <translation>la lección</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="25" />
      <source>the loss</source>
      <translation>la pérdida</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="81" />
      <source>the model</source>
      <translation>el modelo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="144" />
      <source>the model is in use (training or evaluating): pause or stop the run, wait for its current batch, then predict</source>
      <translation>el modelo está en uso (entrenando o evaluando): pause o detenga la ejecución, espere a que termine su lote actual y luego prediga</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="66" />
      <source>the model is in use (training or evaluating): stop the run or let it end, then export</source>
      <translation>el modelo está en uso (entrenando o evaluando): detenga la ejecución o deje que termine y luego exporte</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="26" />
      <source>the momentum</source>
      <translation>el momento</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/session.py" line="123" />
      <source>the network changed: start a new session for it</source>
      <translation>la red ha cambiado: inicie una nueva sesión para ella</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="145" />
      <source>the network sees:</source>
      <translation>la red ve:</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="50" />
      <source>the network's output along its input; points: training data</source>
      <translation>la salida de la red a lo largo de su entrada; puntos: datos de entrenamiento</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="25" />
      <source>the number of samples</source>
      <translation>el número de muestras</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="43" />
      <source>the number {text}{more} is too large</source>
      <translation>el número {text}{more} es demasiado grande</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="25" />
      <source>the optimizer</source>
      <translation>el optimizador</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="88" />
      <source>the other training settings</source>
      <translation>los demás ajustes de entrenamiento</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="28" />
      <source>the output</source>
      <translation>la salida</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="78" />
      <source>the preprocessing {key} has {n_value} values but a sample's first dimension has {first} (shape {shape})</source>
      <translation>el {key} del preprocesamiento tiene {n_value} valores, pero la primera dimensión de una muestra tiene {first} (forma {shape})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="379" />
      <source>the run has no finite {metric} to compare</source>
      <translation>la ejecución no tiene ningún valor finito de {metric} que comparar</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="96" />
      <source>the run {status}</source>
      <translation>estado de la ejecución: {status}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="203" />
      <source>the runs and their boundaries do not match</source>
      <translation>las ejecuciones y sus fronteras no coinciden</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="199" />
      <source>the runs and their curves do not match</source>
      <translation>las ejecuciones y sus curvas no coinciden</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="348" />
      <source>the same settings as trial {number} ({state}): its result reused, not trained again</source>
      <translation>los mismos ajustes que el ensayo {number} ({state}): se reutiliza su resultado, sin entrenar de nuevo</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="161" />
      <source>the saved loss curve has a different number of x values and losses</source>
      <translation>la curva de pérdida guardada tiene un número distinto de valores de x y de pérdidas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="27" />
      <source>the seed</source>
      <translation>la semilla</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="57" />
      <source>the slow-motion delay must be a number of seconds, not {seconds!r}</source>
      <translation>la pausa de cámara lenta debe ser un número de segundos, no {seconds!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="60" />
      <source>the slow-motion delay must be between 0 and {limit:g} s, not {value:g}</source>
      <translation>la pausa de cámara lenta debe estar entre 0 y {limit:g} s, no {value:g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="223" />
      <source>the test suggests no learning rate: the loss never fell below where it began</source>
      <translation>la prueba no sugiere ninguna tasa de aprendizaje: la pérdida nunca bajó de su valor inicial</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="88" />
      <source>the training settings</source>
      <translation>los ajustes de entrenamiento</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="24" />
      <source>the validation split</source>
      <translation>la partición de validación</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="26" />
      <source>the weight decay</source>
      <translation>el decaimiento de pesos</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="213" />
      <source>the weight {name} has shape {shape} in the file but {shape2} in the design</source>
      <translation>el peso {name} tiene la forma {shape} en el archivo, pero {shape2} en el diseño</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="32" />
      <source>the {setting}</source>
      <translation>el ajuste {setting}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="227" />
      <source>the {shown} largest of {total:,} features</source>
      <translation>las {shown} mayores de {total:,} características</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/inspection.py" line="138" />
      <source>the {split} split has {n_x:,} samples; at most {max_samples:,} are shown</source>
      <translation>la partición {split} tiene {n_x:,} muestras; se muestran como máximo {max_samples:,}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/export.py" line="101" />
      <source>there are no trained weights to export yet: train first (or open a checkpoint)</source>
      <translation>aún no hay pesos entrenados que exportar: entrene primero (o abra un punto de control)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lessons.py" line="60" />
      <source>there are no trained weights to save yet: train (and let the run end) first</source>
      <translation>aún no hay pesos entrenados que guardar: entrene primero (y deje que la ejecución termine)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="53" />
      <source>there is a class '{text}' already: give each class its own name</source>
      <translation>ya existe una clase '{text}': dé a cada clase su propio nombre</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="247" />
      <source>there is no control named {name!r}</source>
      <translation>no hay ningún control llamado {name!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="219" />
      <source>there is no edge from {source} to {target}</source>
      <translation>no hay ninguna conexión de {source} a {target}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="129" />
      <source>there is no node '{node_id}'</source>
      <translation>no hay ningún nodo '{node_id}'</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="240" />
      <source>there is no panel named {name!r}</source>
      <translation>no hay ningún panel llamado {name!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="83" />
      <source>there is no run {number}</source>
      <translation>no existe la ejecución {number}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="184" />
      <source>there is no training setting '{key}'; the settings are {names}</source>
      <translation>no existe el ajuste de entrenamiento '{key}'; los ajustes son {names}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="35" />
      <source>this PyTorch build has no CUDA support (a CPU-only build)</source>
      <translation>esta compilación de PyTorch no admite CUDA (una compilación solo para CPU)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/memory.py" line="181" />
      <source>this computer</source>
      <translation>este ordenador</translation>
    </message>
    <message>
      <location filename="netbuilder/core/system.py" line="147" />
      <source>this container (its memory limit, {words}, of {limit})</source>
      <translation>este contenedor (su límite de memoria, {words}, de {limit})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/system.py" line="91" />
      <source>this process (its address-space limit, ulimit -v, of {limit})</source>
      <translation>este proceso (su límite de espacio de direcciones, ulimit -v, de {limit})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="295" />
      <source>this sweep changes the data (a dataset setting, the seed, the split or the limit): it cannot train every trial on one given dataset</source>
      <translation>este barrido cambia los datos (un ajuste del conjunto de datos, la semilla, la partición o el límite): no puede entrenar todos los ensayos con un único conjunto de datos dado</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="145" />
      <source>token</source>
      <translation>token</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/camera_feed.py" line="201" />
      <source>top: {classes}</source>
      <translation>más probables: {classes}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="164" />
      <source>torch.fx cannot trace its forward() ({exc}); forward() must run the same steps for every input: no if, for or while on tensor values, no .item() or .tolist(); make such steps fixed or leave them out</source>
      <translation>torch.fx no puede trazar su forward() ({exc}); forward() debe ejecutar los mismos pasos para cada entrada: nada de if, for o while sobre valores de tensores, ni .item() ni .tolist(); haga fijos esos pasos o quítelos</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="23" />
      <source>train</source>
      <translation>entrenamiento</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="34" />
      <source>trained</source>
      <translation>entrenado</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plots.py" line="219" />
      <source>training</source>
      <translation>entrenamiento</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="302" />
      <source>training could not start</source>
      <translation>no se pudo iniciar el entrenamiento</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="88" />
      <source>training loss</source>
      <translation>pérdida de entrenamiento</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plots.py" line="60" />
      <source>training loss (per batch)</source>
      <translation>pérdida de entrenamiento (por lote)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="259" />
      <source>training.loss: {loss!r} is not one of {losses}</source>
      <translation>training.loss: {loss!r} no es uno de {losses}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="26" />
      <source>training.{where}: {problem}</source>
      <translation>training.{where}: {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="141" />
      <source>training: must be an object, not {data!r}</source>
      <translation>training: debe ser un objeto, no {data!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="271" />
      <source>trial {n}</source>
      <translation>ensayo {n}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="150" />
      <source>true class {name}: probability {p:.3f}</source>
      <translation>clase real {name}: probabilidad {p:.3f}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="149" />
      <source>true {name}: {p:.2f}</source>
      <translation>real {name}: {p:.2f}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/followers.py" line="262" />
      <source>true {true}, predicted {pred}: {count:,} samples</source>
      <translation>clase real {true}, predicha {pred}: {count:,} muestras</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/followers.py" line="261" />
      <source>true {true}, predicted {pred}: {count:,} samples (the first {shown})</source>
      <translation>clase real {true}, predicha {pred}: {count:,} muestras (las {shown} primeras)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="277" />
      <source>true {true}, predicted {pred}: {samples}{share}{correct}</source>
      <translation>clase real {true}, predicha {pred}: {samples}{share}{correct}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="173" />
      <source>type</source>
      <translation>tipo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="85" />
      <source>unit output</source>
      <translation>salida de la unidad</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations_view.py" line="326" />
      <source>unit {index}</source>
      <translation>unidad {index}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="44" />
      <source>unit {unit} of {node}: its output along the input; points: training data</source>
      <translation>unidad {unit} de {node}: su salida a lo largo de la entrada; puntos: datos de entrenamiento</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="41" />
      <source>unit {unit} of {node}: its output over the plane (orange &lt; 0 &lt; blue); points: training data</source>
      <translation>unidad {unit} de {node}: su salida sobre el plano (naranja &lt; 0 &lt; azul); puntos: datos de entrenamiento</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="338" />
      <source>units of layer {node} ({type} {parameter})</source>
      <translation>unidades de la capa {node} ({type} {parameter})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/loading.py" line="32" />
      <source>unknown dataset {name!r}; known datasets: {known}</source>
      <translation>conjunto de datos desconocido {name!r}; conjuntos de datos conocidos: {known}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="40" />
      <source>unknown device {spec!r}; use {forms}</source>
      <translation>dispositivo desconocido {spec!r}; use {forms}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="95" />
      <source>unknown explanation method {method!r}; one of {methods}</source>
      <translation>método de explicación desconocido {method!r}; uno de {methods}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/view.py" line="223" />
      <source>unknown layer type '{layer}'</source>
      <translation>tipo de capa desconocido '{layer}'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/registry.py" line="28" />
      <source>unknown layer type '{type_name}'</source>
      <translation>tipo de capa desconocido '{type_name}'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="280" />
      <source>unknown parameter of {kind} (known: {known})</source>
      <translation>parámetro desconocido de {kind} (conocidos: {known})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/inspection.py" line="193" />
      <source>unknown probe {kind!r}; one of {kinds}</source>
      <translation>sonda desconocida {kind!r}; una de {kinds}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="103" />
      <source>unknown setting (known: {keys})</source>
      <translation>ajuste desconocido (conocidos: {keys})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/inspection.py" line="47" />
      <source>unknown split {name!r}; use train, val or test</source>
      <translation>partición desconocida {name!r}; use train, val o test</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/trainer.py" line="393" />
      <source>unknown split {split!r}; use train, val or test</source>
      <translation>partición desconocida {split!r}; use train, val o test</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="24" />
      <source>val MAE</source>
      <translation>MAE val.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="23" />
      <source>val accuracy</source>
      <translation>precisión val.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="23" />
      <source>val loss</source>
      <translation>pérdida val.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="23" />
      <source>validation</source>
      <translation>validación</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="326" />
      <source>validation accuracy</source>
      <translation>precisión de validación</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="202" />
      <source>validation accuracy {accuracy:.1f}%</source>
      <translation>precisión de validación {accuracy:.1f} %</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="141" />
      <source>validation fraction</source>
      <translation>fracción de validación</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/loop.py" line="221" />
      <source>validation loss</source>
      <translation>pérdida de validación</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="200" />
      <source>validation loss {loss:.4g}</source>
      <translation>pérdida de validación {loss:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="116" />
      <source>value</source>
      <translation>valor</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations_view.py" line="245" />
      <source>value {value:.4g}</source>
      <translation>valor {value:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="145" />
      <source>values: {values}</source>
      <translation>valores: {values}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="28" />
      <source>vertical</source>
      <translation>vertical</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="162" />
      <source>weight decay</source>
      <translation>decaimiento de pesos</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="116" />
      <source>weights</source>
      <translation>pesos</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="345" />
      <source>weights ({n:,})</source>
      <translation>pesos ({n:,})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="187" />
      <source>weights is not a set of named tensors</source>
      <translation>weights no es un conjunto de tensores con nombre</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="258" />
      <source>when the run stopped in epoch {epoch}</source>
      <translation>cuando la ejecución se detuvo en la época {epoch}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="41" />
      <source>whole network</source>
      <translation>toda la red</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pool.py" line="34" />
      <source>window</source>
      <translation>ventana</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="112" />
      <source>y = 2x + 1 on x = 0..99 (regression, unscaled x: try normalize).</source>
      <translation>y = 2x + 1 en x = 0..99 (regresión, x sin escalar: pruebe normalize).</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="110" />
      <source>y = 2x on x = 1..5 (regression); test is the training set.</source>
      <translation>y = 2x en x = 1..5 (regresión); el conjunto de prueba es el de entrenamiento.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="244" />
      <source>{added} Not pictures, left out: {files}</source>
      <translation>{added} Se omitieron porque no son imágenes: {files}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="97" />
      <source>{at} (node {node_id})</source>
      <translation>{at} (nodo {node_id})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="107" />
      <source>{at}: 'params' must be an object</source>
      <translation>{at}: 'params' debe ser un objeto</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="135" />
      <source>{at}: 'port' must be a whole number &gt;= 0</source>
      <translation>{at}: 'port' debe ser un número entero &gt;= 0</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="116" />
      <source>{at}: 'position' must be [x, y] (two finite numbers)</source>
      <translation>{at}: 'position' debe ser [x, y] (dos números finitos)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="93" />
      <source>{at}: a node must be an object with 'id' and 'type'</source>
      <translation>{at}: un nodo debe ser un objeto con 'id' y 'type'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="96" />
      <source>{at}: a node needs an 'id' (a string)</source>
      <translation>{at}: un nodo necesita un 'id' (una cadena)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="125" />
      <source>{at}: an edge must be an object with 'source' and 'target' node ids</source>
      <translation>{at}: una conexión debe ser un objeto con los id de nodo 'source' y 'target'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="132" />
      <source>{at}: edge {src} -&gt; {dst} refers to a missing node {end}</source>
      <translation>{at}: la conexión {src} -&gt; {dst} hace referencia a un nodo inexistente, {end}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="137" />
      <source>{at}: input {port} of node '{dst}' is fed twice</source>
      <translation>{at}: la entrada {port} del nodo '{dst}' recibe dos conexiones</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="100" />
      <source>{at}: unknown field(s) {names}</source>
      <translation>{at}: campos desconocidos: {names}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="103" />
      <source>{at}: unknown layer type {shown}; 'type' must be a layer's name, like "Linear"</source>
      <translation>{at}: tipo de capa desconocido: {shown}; 'type' debe ser el nombre de una capa, como "Linear"</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="110" />
      <source>{at}: {problem}</source>
      <translation>{at}: {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="120" />
      <source>{c_in:,} → {c_out:,} channels, {kernel}</source>
      <translation>{c_in:,} → {c_out:,} canales, {kernel}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="382" />
      <source>{category} layer '{id}'</source>
      <translation>capa {category} '{id}'</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/palette.py" line="118" />
      <source>{category} layers ({n})</source>
      <translation>capas {category} ({n})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="273" />
      <source>{causes}; the targets are large too (up to {top:.4g})</source>
      <translation>{causes}; los objetivos también son grandes (hasta {top:.4g})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="59" />
      <source>{clock} left</source>
      <translation>quedan {clock}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="58" />
      <source>{clock} left  (paused)</source>
      <translation>quedan {clock}  (en pausa)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="33" />
      <source>{cls_name} is not a class name; name the model as FILE.py:ClassName</source>
      <translation>{cls_name} no es un nombre de clase; indique el modelo como FILE.py:ClassName</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="67" />
      <source>{cls_name} needs constructor arguments ({needed}), but import builds it as {cls_name}(): give them default values, or import a subclass that passes them</source>
      <translation>{cls_name} necesita argumentos de constructor ({needed}), pero la importación lo construye como {cls_name}(): deles valores predeterminados, o importe una subclase que se los pase</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="171" />
      <source>{cols} {col}</source>
      <translation>{cols} {col}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="344" />
      <source>{count:,} images of {shape} as uint8: {size}</source>
      <translation>{count:,} imágenes de {shape} como uint8: {size}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="275" />
      <source>{count:,} sample</source>
      <translation>{count:,} muestra</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="275" />
      <source>{count:,} samples</source>
      <translation>{count:,} muestras</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="95" />
      <source>{count} class folder is a link out of the folder, which netbuilder does not follow (a link could lead back in and loop): copy it in, or point the dataset at the folder that holds it</source>
      <translation>{count} carpeta de clase es un enlace que sale de la carpeta, y netbuilder no lo sigue (un enlace podría volver a entrar y formar un bucle): cópiela dentro, o apunte el conjunto de datos a la carpeta que la contiene</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="92" />
      <source>{count} class folders are links out of the folder, which netbuilder does not follow (a link could lead back in and loop): copy them in, or point the dataset at the folder that holds them</source>
      <translation>{count} carpetas de clase son enlaces que salen de la carpeta, y netbuilder no los sigue (un enlace podría volver a entrar y formar un bucle): cópielas dentro, o apunte el conjunto de datos a la carpeta que las contiene</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/timeline.py" line="56" />
      <source>{count} snapshot, {used:.1f} MB of {budget:.0f} MB</source>
      <translation>{count} instantánea, {used:.1f} MB de {budget:.0f} MB</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/timeline.py" line="57" />
      <source>{count} snapshots, {used:.1f} MB of {budget:.0f} MB</source>
      <translation>{count} instantáneas, {used:.1f} MB de {budget:.0f} MB</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="33" />
      <source>{dataset_name} gives samples of shape {shape} ({size} values), but the design's Input '{input_id}' expects {expected} ({expected_size} values). Set the Input shape to {shape}.</source>
      <translation>{dataset_name} da muestras de forma {shape} ({size} valores), pero el Input '{input_id}' del diseño espera {expected} ({expected_size} valores). Ponga la forma del Input en {shape}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="75" />
      <source>{dataset_name} has {per_sample} target value(s) per sample, but the output '{output_id}' gives {values} ({shape}). Set the last layer's size to {per_sample}.</source>
      <translation>{dataset_name} tiene {per_sample} valor(es) objetivo por muestra, pero la salida '{output_id}' da {values} ({shape}). Ponga el tamaño de la última capa en {per_sample}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="62" />
      <source>{dataset_name}: the preprocessing scale, mean and std give values beyond float32's range; use a smaller scale or mean, or a larger std</source>
      <translation>{dataset_name}: la escala, la media y la desviación típica (std) del preprocesamiento dan valores fuera del rango de float32; use una escala o una media menores, o una std mayor</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="56" />
      <source>{dataset_name}: the preprocessing scale, mean and std must be numbers (or lists of numbers, one per channel)</source>
      <translation>{dataset_name}: la escala, la media y la desviación típica (std) del preprocesamiento deben ser números (o listas de números, uno por canal)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="59" />
      <source>{dataset_name}: the preprocessing std must not be 0</source>
      <translation>{dataset_name}: la desviación típica (std) del preprocesamiento no debe ser 0</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="62" />
      <source>{dataset_name}: unknown task {task!r}</source>
      <translation>{dataset_name}: tarea desconocida {task!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/memory.py" line="190" />
      <source>{design_name}: its {total_params:,} parameters need {needed} for the weights alone, but {where} has {free} free. The largest layers: {biggest}. Make them smaller.</source>
      <translation>{design_name}: sus {total_params:,} parámetros necesitan {needed} solo para los pesos, pero {where} tiene {free} libres. Las capas más grandes: {biggest}. Hágalas más pequeñas.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/trainer.py" line="114" />
      <source>{design_name}: the output shape cannot be inferred</source>
      <translation>{design_name}: no se puede deducir la forma de salida</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/memory.py" line="172" />
      <source>{design_name}: training needs about {needed} ({parts}), but {device} has {free} free. The largest layers: {biggest}. Make them smaller (fewer units, channels or features), use a smaller batch size, or train on a device with more memory{limit}.</source>
      <translation>{design_name}: el entrenamiento necesita unos {needed} ({parts}), pero {device} tiene {free} libres. Las capas más grandes: {biggest}. Hágalas más pequeñas (menos unidades, canales o características), use un tamaño de lote menor o entrene en un dispositivo con más memoria{limit}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/compiler.py" line="124" />
      <source>{design}: node '{node_id}': {problem}</source>
      <translation>{design}: nodo '{node_id}': {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/compiler.py" line="126" />
      <source>{design}: {problem}</source>
      <translation>{design}: {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="272" />
      <source>{done} Best: {run}, {metric} {value} ({settings}).</source>
      <translation>{done} Mejor: {run}, {metric} {value} ({settings}).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="101" />
      <source>{done} of {total}</source>
      <translation>{done} de {total}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="208" />
      <source>{epochs} epoch in {seconds:.1f} s</source>
      <translation>{epochs} época en {seconds:.1f} s</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="209" />
      <source>{epochs} epochs in {seconds:.1f} s</source>
      <translation>{epochs} épocas en {seconds:.1f} s</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="195" />
      <source>{field}: {problem}</source>
      <translation>{field}: {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="56" />
      <source>{file} has no class {cls_name}{hint}</source>
      <translation>{file} no tiene ninguna clase {cls_name}{hint}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="38" />
      <source>{file}: cannot load it as Python source; give a .py file</source>
      <translation>{file}: no se puede cargar como código fuente de Python; indique un archivo .py</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="31" />
      <source>{file}: no such file</source>
      <translation>{file}: no existe el archivo</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="30" />
      <source>{file}: no such file (it is a folder)</source>
      <translation>{file}: no existe el archivo (es una carpeta)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="49" />
      <source>{file}: running the file failed: {exc}</source>
      <translation>{file}: falló la ejecución del archivo: {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="59" />
      <source>{file}: {cls_name} is not an nn.Module class</source>
      <translation>{file}: {cls_name} no es una clase nn.Module</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="40" />
      <source>{first} and {last}</source>
      <translation>{first} y {last}</translation>
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
      <translation>{flops:,} operaciones de coma flotante para pasar una muestra hacia delante (una multiplicación-suma cuenta 2); {size:,} bytes de salidas de capa guardados para el paso hacia atrás</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_tensorboard.py" line="112" />
      <source>{folder}
Click to choose another folder for the TensorBoard logs.</source>
      <translation>{folder}
Haga clic para elegir otra carpeta para los registros de TensorBoard.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="264" />
      <source>{folder} holds {n} work files; the first {most} by name are opened: split the class into folders of at most {most}</source>
      <translation>{folder} contiene {n} archivos de trabajo; se abren los {most} primeros por nombre: divida la clase en carpetas de {most} como máximo</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="260" />
      <source>{folder}: no such folder</source>
      <translation>{folder}: no existe la carpeta</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="111" />
      <source>{found}; {more}</source>
      <translation>{found}; {more}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="57" />
      <source>{help} It may change during a run: it applies from the next batch.</source>
      <translation>{help} Puede cambiar durante una ejecución: se aplica a partir del lote siguiente.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="119" />
      <source>{item!r} is not one of {choices}</source>
      <translation>{item!r} no es uno de {choices}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="237" />
      <source>{kept}{note}</source>
      <translation>{kept}{note}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="274" />
      <source>{kind!r} is not one of {kinds}</source>
      <translation>{kind!r} no es uno de {kinds}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="110" />
      <source>{kind} is there, not a regular file; netbuilder writes only regular files and leaves it as it is: give another file name</source>
      <translation>ahí hay {kind}, no un archivo normal; netbuilder solo escribe archivos normales y lo deja como está: indique otro nombre de archivo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="41" />
      <source>{kind} pictures (*{suffix})</source>
      <translation>Imágenes {kind} (*{suffix})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="121" />
      <source>{label} does not keep the batch as its first size; netbuilder reshapes each sample: write x.view(x.size(0), ...) or x.reshape(-1, ...)</source>
      <translation>{label} no mantiene el lote como su primer tamaño; netbuilder cambia la forma de cada muestra: escriba x.view(x.size(0), ...) o x.reshape(-1, ...)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/session.py" line="348" />
      <source>{label} ended before it had weights ({status}); nothing to restore</source>
      <translation>{label} terminó antes de tener pesos ({status}); no hay nada que restaurar</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="79" />
      <source>{label} has no layer type in netbuilder's catalogue; build forward() from catalogue layers (see the editor's palette), or leave it out</source>
      <translation>{label} no tiene ningún tipo de capa en el catálogo de netbuilder; construya forward() con capas del catálogo (vea la paleta del editor), o déjelo fuera</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="152" />
      <source>{label} has {name}={value!r}, which nn.{layer} (netbuilder's layer) cannot take</source>
      <translation>{label} tiene {name}={value!r}, que nn.{layer} (la capa de netbuilder) no admite</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="319" />
      <source>{label} is a sweep's trial: its curves and settings are in the Runs view; its weights were not kept, so it cannot be restored.</source>
      <translation>{label} es un ensayo de un barrido: sus curvas y ajustes están en la vista Ejecuciones; sus pesos no se conservaron, así que no se puede restaurar.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="85" />
      <source>{label} is a sweep's trial: its weights were not kept (the Runs view compares it)</source>
      <translation>{label} es un ensayo de un barrido: sus pesos no se conservaron (la vista Ejecuciones lo compara)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="139" />
      <source>{label} is not applied to a layer output</source>
      <translation>{label} no se aplica a una salida de capa</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/vision.py" line="46" />
      <source>{label} not found in {root} (looked for {where}){why}; pass --data-dir or set {data_dir_env} to a folder that contains {folder}, or {fix}</source>
      <translation>no se encontró {label} en {root} (se buscó {where}){why}; pase --data-dir o defina {data_dir_env} con una carpeta que contenga {folder}, o {fix}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="125" />
      <source>{label} on {device} ({seconds:.1f} s). </source>
      <translation>{label} en {device} ({seconds:.1f} s). </translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="128" />
      <source>{label} on {device} ({seconds:.1f} s). Changed: {changed}</source>
      <translation>{label} en {device} ({seconds:.1f} s). Cambios: {changed}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="125" />
      <source>{label} reshapes no layer output</source>
      <translation>{label} no cambia la forma de ninguna salida de capa</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="94" />
      <source>{label} scales what it adds (alpha); netbuilder's Add only sums</source>
      <translation>{label} escala lo que suma (alpha); la capa Add de netbuilder solo suma</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="145" />
      <source>{label} takes a second tensor ({name}={arg_name}); netbuilder's {layer} takes its input only</source>
      <translation>{label} recibe un segundo tensor ({name}={arg_name}); la capa {layer} de netbuilder solo recibe su entrada</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/session.py" line="351" />
      <source>{label} trained a different network (layers or connections changed since); its weights do not fit this one</source>
      <translation>{label} entrenó una red distinta (las capas o las conexiones han cambiado desde entonces); sus pesos no encajan en esta</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="89" />
      <source>{label} trained a different network from the one on the canvas (layers or connections changed since); its weights do not fit it</source>
      <translation>{label} entrenó una red distinta de la del lienzo (las capas o las conexiones han cambiado desde entonces); sus pesos no encajan en ella</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="257" />
      <source>{label} uses {node_name!r}, which is not a layer's output</source>
      <translation>{label} usa {node_name!r}, que no es la salida de una capa</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="105" />
      <source>{label} writes into out=; netbuilder's {type_name} cannot</source>
      <translation>{label} escribe en out=; la capa {type_name} de netbuilder no puede</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="102" />
      <source>{label} {what}; netbuilder's {type_name} joins two or more layer outputs</source>
      <translation>{label} {what}; la capa {type_name} de netbuilder une dos o más salidas de capa</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="134" />
      <source>{label}: cannot read its arguments</source>
      <translation>{label}: no se pueden leer sus argumentos</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="157" />
      <source>{label}: its arguments do not make an nn.{name} ({exc})</source>
      <translation>{label}: sus argumentos no forman un nn.{name} ({exc})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="316" />
      <source>{label}: sweep trial {trial}, {state}, 1 epoch (not restorable)</source>
      <translation>{label}: ensayo {trial} del barrido, {state}, 1 época (no restaurable)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="317" />
      <source>{label}: sweep trial {trial}, {state}, {epochs} epochs (not restorable)</source>
      <translation>{label}: ensayo {trial} del barrido, {state}, {epochs} épocas (no restaurable)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep_rows.py" line="41" />
      <source>{label}: write a range (low..high) or choices (a,b,c), or uncheck it.</source>
      <translation>{label}: escriba un rango (mín..máx) u opciones (a,b,c), o desmárquelo.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="122" />
      <source>{label}: {status}, 1 epoch</source>
      <translation>{label}: {status}, 1 época</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="124" />
      <source>{label}: {status}, {epochs} epochs</source>
      <translation>{label}: {status}, {epochs} épocas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="332" />
      <source>{layers} layers · {params} parameters · {state} (checked in {ms:.1f} ms)</source>
      <translation>{layers} capas · {params} parámetros · {state} (comprobado en {ms:.1f} ms)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="99" />
      <source>{learn:,} parameters learn; {frozen:,} are frozen (they keep their pretrained values)</source>
      <translation>{learn:,} parámetros aprenden; {frozen:,} están congelados (conservan sus valores preentrenados)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="66" />
      <source>{loss} is a loss for classes, but {dataset_name} is a regression dataset (numbers to predict). Use mse or l1.</source>
      <translation>{loss} es una pérdida para clases, pero {dataset_name} es un conjunto de datos de regresión (números que predecir). Use mse o l1.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="197" />
      <source>{memory} (too much)</source>
      <translation>{memory} (demasiada)</translation>
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
      <translation>{method} en {node}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="102" />
      <source>{method} takes no option {option!r}</source>
      <translation>{method} no admite la opción {option!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="100" />
      <source>{method} takes no option {option!r} (only {options})</source>
      <translation>{method} no admite la opción {option!r} (solo {options})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="280" />
      <source>{method}: red adds to the score, blue takes away</source>
      <translation>{method}: el rojo suma a la puntuación, el azul resta</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="156" />
      <source>{metric}
(higher is better)</source>
      <translation>{metric}
(mayor es mejor)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="156" />
      <source>{metric}
(log, higher is better)</source>
      <translation>{metric}
(log, mayor es mejor)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="153" />
      <source>{metric}
(log, lower is better)</source>
      <translation>{metric}
(log, menor es mejor)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="153" />
      <source>{metric}
(lower is better)</source>
      <translation>{metric}
(menor es mejor)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="107" />
      <source>{metric} {value:.4g} (wanted {sign} {target:g})</source>
      <translation>{metric} {value:.4g} (se buscaba {sign} {target:g})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="261" />
      <source>{metric}: higher is better</source>
      <translation>{metric}: mayor es mejor</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="260" />
      <source>{metric}: lower is better</source>
      <translation>{metric}: menor es mejor</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="85" />
      <source>{monitor!r} is not measured on {dataset_name} ({kind} dataset); use one of {offered}</source>
      <translation>{monitor!r} no se mide en {dataset_name} (conjunto de datos de {kind}); use uno de {offered}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="81" />
      <source>{ms} ms/batch</source>
      <translation>{ms} ms/lote</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="154" />
      <source>{n:,} batches</source>
      <translation>{n:,} lotes</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="321" />
      <source>{n:,} filters of {size}</source>
      <translation>{n:,} filtros de {size}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/scene.py" line="329" />
      <source>{n:,} param</source>
      <translation>{n:,} parám.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/scene.py" line="330" />
      <source>{n:,} params</source>
      <translation>{n:,} parám.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="80" />
      <source>{n:,} times</source>
      <translation>{n:,} veces</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="388" />
      <source>{n:,} trainable parameter</source>
      <translation>{n:,} parámetro entrenable</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="389" />
      <source>{n:,} trainable parameters</source>
      <translation>{n:,} parámetros entrenables</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="372" />
      <source>{n:,} trainable parameters in all</source>
      <translation>{n:,} parámetros entrenables en total</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="22" />
      <source>{n:,} weight</source>
      <translation>{n:,} peso</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="22" />
      <source>{n:,} weights</source>
      <translation>{n:,} pesos</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="88" />
      <source>{names} and {n} more</source>
      <translation>{names} y {n} más</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="152" />
      <source>{names}, ... ({count:,} in all)</source>
      <translation>{names}, ... ({count:,} en total)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="150" />
      <source>{name} (cannot be read)</source>
      <translation>{name} (no se puede leer)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="185" />
      <source>{name} and {more:,} more</source>
      <translation>{name} y {more:,} más</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="125" />
      <source>{name} scalar</source>
      <translation>{name} escalar</translation>
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
      <translation>{name}.json: {count} capa</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/gallery.py" line="191" />
      <source>{name}.json: {count} layers</source>
      <translation>{name}.json: {count} capas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="115" />
      <source>{name}: a {node} has no dropout; dropout:NODE_ID names a Dropout layer or a layer with a dropout setting (LSTM, GRU, RNN, attention)</source>
      <translation>{name}: un {node} no tiene dropout; dropout:NODE_ID designa una capa Dropout o una capa con un ajuste de dropout (LSTM, GRU, RNN, atención)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="108" />
      <source>{name}: a {node} has no units; units:NODE_ID names a {units} layer</source>
      <translation>{name}: un {node} no tiene unidades; units:NODE_ID designa una capa {units}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="104" />
      <source>{name}: no images to preview (samples of shape {shape})</source>
      <translation>{name}: no hay imágenes que previsualizar (muestras de forma {shape})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="103" />
      <source>{name}: the design has no layer {node_id!r} (its layers: {nodes})</source>
      <translation>{name}: el diseño no tiene ninguna capa {node_id!r} (sus capas: {nodes})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="384" />
      <source>{name}: {classes} classes; {why}{preprocessing}</source>
      <translation>{name}: {classes} clases; {why}{preprocessing}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="296" />
      <source>{name}: {rows} rows, {features} features, target {target!r} ({task})</source>
      <translation>{name}: {rows} filas, {features} características, objetivo {target!r} ({task})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="268" />
      <source>{name}={value!r}: {problem}</source>
      <translation>{name}={value!r}: {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="94" />
      <source>{node_id} is not a valid node id: use letters, digits and _, not starting with a digit, and not a reserved name</source>
      <translation>{node_id} no es un id de nodo válido: use letras, dígitos y _, sin empezar por un dígito y sin usar un nombre reservado</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="43" />
      <source>{node_id} is on or between cycles ({cycle} is one). A network must flow one way: remove one of the connections that lead back.</source>
      <translation>{node_id} está en un ciclo o entre ciclos ({cycle} es uno). Una red debe fluir en un solo sentido: quite una de las conexiones que vuelven atrás.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="40" />
      <source>{node_id} is part of a cycle ({cycle}). A network must flow one way: remove one of the connections that lead back.</source>
      <translation>{node_id} forma parte de un ciclo ({cycle}). Una red debe fluir en un solo sentido: quite una de las conexiones que vuelven atrás.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations_view.py" line="334" />
      <source>{node} ({type}): click to select it on the canvas</source>
      <translation>{node} ({type}): haga clic para seleccionarlo en el lienzo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="123" />
      <source>{node} cannot feed any other layer</source>
      <translation>{node} no puede alimentar a ninguna otra capa</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="92" />
      <source>{node} dropout</source>
      <translation>dropout de {node}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="139" />
      <source>{node} has no connections</source>
      <translation>{node} no tiene conexiones</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="90" />
      <source>{node} units</source>
      <translation>unidades de {node}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="171" />
      <source>{node} · {type} · no weights</source>
      <translation>{node} · {type} · sin pesos</translation>
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
      <translation>{node}, canal {channel} en ({y}, {x}): {value:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations_view.py" line="332" />
      <source>{node}, row {r}, column {c}: {value:.4g}</source>
      <translation>{node}, fila {r}, columna {c}: {value:.4g}</translation>
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
      <translation>{note}Buscando una tasa de aprendizaje: unos cien lotes con tasas crecientes, en una copia de los pesos…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="135" />
      <source>{n} batches from {low} to {high}</source>
      <translation>{n} lotes de {low} a {high}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="371" />
      <source>{n} layer</source>
      <translation>{n} capa</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="371" />
      <source>{n} layers</source>
      <translation>{n} capas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="108" />
      <source>{n} others</source>
      <translation>otros {n}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect_row.py" line="90" />
      <source>{n} picture</source>
      <translation>{n} imagen</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect_row.py" line="90" />
      <source>{n} pictures</source>
      <translation>{n} imágenes</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="326" />
      <source>{n} problem</source>
      <translation>{n} problema</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="327" />
      <source>{n} problems</source>
      <translation>{n} problemas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="352" />
      <source>{n} steps</source>
      <translation>{n} pasos</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="63" />
      <source>{n} student's work from {folder}; each run is a row of the runs table and a curve in the Curves tab, labelled with the student's name.</source>
      <translation>Trabajo de {n} alumno desde {folder}; cada ejecución es una fila de la tabla de ejecuciones y una curva en la pestaña Curvas, etiquetada con el nombre del alumno.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="65" />
      <source>{n} students' work from {folder}; each run is a row of the runs table and a curve in the Curves tab, labelled with the student's name.</source>
      <translation>Trabajos de {n} alumnos desde {folder}; cada ejecución es una fila de la tabla de ejecuciones y una curva en la pestaña Curvas, etiquetada con el nombre del alumno.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="123" />
      <source>{n} value</source>
      <translation>{n} valor</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="123" />
      <source>{n} values</source>
      <translation>{n} valores</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="158" />
      <source>{n}. {step}</source>
      <translation>{n}. {step}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="157" />
      <source>{n}. {step}  (the step shown now)</source>
      <translation>{n}. {step}  (el paso que se muestra ahora)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="141" />
      <source>{opened}; {n} file skipped (see the Class tab)</source>
      <translation>{opened}; se omitió {n} archivo (vea la pestaña Clase)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="142" />
      <source>{opened}; {n} files skipped (see the Class tab)</source>
      <translation>{opened}; se omitieron {n} archivos (vea la pestaña Clase)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="68" />
      <source>{option} {text}: give the shape of one sample, without the batch, as whole numbers of at least 1 separated by commas, e.g. 1,28,28</source>
      <translation>{option} {text}: indique la forma de una muestra, sin el lote, como números enteros de al menos 1 separados por comas, p. ej., 1,28,28</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="159" />
      <source>{owner}: Run {number}</source>
      <translation>{owner}: Ejecución {number}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="82" />
      <source>{panel} panel</source>
      <translation>panel {panel}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="238" />
      <source>{param_name} is given twice: keep one</source>
      <translation>{param_name} se indica dos veces: conserve uno</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/summary.py" line="17" />
      <source>{params:,} + {frozen:,} frozen</source>
      <translation>{params:,} + {frozen:,} congelados</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="37" />
      <source>{path} -&gt; ... ({n} layers)</source>
      <translation>{path} -&gt; ... ({n} capas)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="93" />
      <source>{path} already holds files: choose a new or empty folder (netbuilder never mixes your pictures into another folder)</source>
      <translation>{path} ya contiene archivos: elija una carpeta nueva o vacía (netbuilder nunca mezcla sus imágenes en otra carpeta)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="96" />
      <source>{path} cannot be read ({reason}): choose another folder</source>
      <translation>no se puede leer {path} ({reason}): elija otra carpeta</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="90" />
      <source>{path} is a file, not a folder: choose a new or empty folder</source>
      <translation>{path} es un archivo, no una carpeta: elija una carpeta nueva o vacía</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="73" />
      <source>{path}: 'pid' is {pid}, not a process id</source>
      <translation>{path}: 'pid' es {pid}, no un identificador de proceso</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="86" />
      <source>{path}: 'saved_at' is {when}, not a time</source>
      <translation>{path}: 'saved_at' es {when}, no una hora</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="142" />
      <source>{path}: a regression model predicts numbers, not classes; use predict()</source>
      <translation>{path}: un modelo de regresión predice números, no clases; use predict()</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="166" />
      <source>{path}: a zip file, but not a lesson saved with weights (it needs {BUNDLE_LESSON} and {BUNDLE_WEIGHTS})</source>
      <translation>{path}: un archivo zip, pero no una lección guardada con pesos (necesita {BUNDLE_LESSON} y {BUNDLE_WEIGHTS})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="118" />
      <source>{path}: cannot be read ({reason})</source>
      <translation>{path}: no se puede leer ({reason})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="54" />
      <source>{path}: cannot be read ({strerror})</source>
      <translation>{path}: no se puede leer ({strerror})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="146" />
      <source>{path}: cannot be saved: its weights are {size:,} bytes, more than the {MAX_WEIGHTS_BYTES:,} a lesson with weights may hold (netbuilder would refuse to open it)</source>
      <translation>{path}: no se puede guardar: sus pesos ocupan {size:,} bytes, más de los {MAX_WEIGHTS_BYTES:,} que puede contener una lección con pesos (netbuilder se negaría a abrirla)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="142" />
      <source>{path}: cannot be saved: its weights cannot be read ({reason})</source>
      <translation>{path}: no se puede guardar: no se pueden leer sus pesos ({reason})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="150" />
      <source>{path}: cannot be saved: the lesson is larger than a lesson can be ({MAX_LESSON_BYTES:,} bytes)</source>
      <translation>{path}: no se puede guardar: la lección es mayor de lo que puede ser una lección ({MAX_LESSON_BYTES:,} bytes)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="181" />
      <source>{path}: cannot save the design: {reason}; fix that value and save again</source>
      <translation>{path}: no se puede guardar el diseño: {reason}; corrija ese valor y guarde de nuevo</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="176" />
      <source>{path}: damaged or incomplete lesson file ({reason})</source>
      <translation>{path}: archivo de lección dañado o incompleto ({reason})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="191" />
      <source>{path}: it was not saved with weights</source>
      <translation>{path}: no se guardó con pesos</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="89" />
      <source>{path}: its 'design' is {shown}, not a design</source>
      <translation>{path}: su 'design' es {shown}, no un diseño</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="93" />
      <source>{path}: its 'path' {original} is not a file name; the design comes back unnamed</source>
      <translation>{path}: su 'path' {original} no es un nombre de archivo; el diseño se recupera sin nombre</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="117" />
      <source>{path}: its 'weights' {name} is not a file in the recovery folder</source>
      <translation>{path}: su 'weights' {name} no es un archivo de la carpeta de recuperación</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="98" />
      <source>{path}: its 'weights' {weights} is not a file in the recovery folder; the design comes back without trained weights</source>
      <translation>{path}: su 'weights' {weights} no es un archivo de la carpeta de recuperación; el diseño se recupera sin pesos entrenados</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="178" />
      <source>{path}: its {file}</source>
      <translation>{path}: su {file}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="171" />
      <source>{path}: its {file} is larger than a lesson can be</source>
      <translation>{path}: su {file} es mayor de lo que puede ser una lección</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="56" />
      <source>{path}: more than a recovery file can be ({limit:,} bytes)</source>
      <translation>{path}: más de lo que puede ocupar un archivo de recuperación ({limit:,} bytes)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="66" />
      <source>{path}: not UTF-8 text</source>
      <translation>{path}: no es texto UTF-8</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="69" />
      <source>{path}: not a netbuilder recovery record (its 'format' is not {format!r})</source>
      <translation>{path}: no es un registro de recuperación de netbuilder (su 'format' no es {format!r})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="42" />
      <source>{path}: not a regular file ({file_kind}); netbuilder does not open it</source>
      <translation>{path}: no es un archivo normal ({file_kind}); netbuilder no lo abre</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="51" />
      <source>{path}: not a regular file; netbuilder does not open it</source>
      <translation>{path}: no es un archivo normal; netbuilder no lo abre</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="116" />
      <source>{path}: not a text file (a lesson is JSON, UTF-8)</source>
      <translation>{path}: no es un archivo de texto (una lección es JSON, UTF-8)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="81" />
      <source>{path}: recovery record version {version} is not one this netbuilder reads ({known})</source>
      <translation>{path}: la versión {version} del registro de recuperación no es una de las que lee este netbuilder ({known})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="45" />
      <source>{path}: {st_size:,} bytes, more than a recovery file can be ({limit:,})</source>
      <translation>{path}: {st_size:,} bytes, más de lo que puede ocupar un archivo de recuperación ({limit:,})</translation>
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
      <translation>{problem}; no se pudo apartar</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="172" />
      <source>{problem}; set aside as {moved}</source>
      <translation>{problem}; se apartó como {moved}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/camera_feed.py" line="194" />
      <source>{rate:.1f} frames a second classified ({dropped} dropped while busy)</source>
      <translation>{rate:.1f} fotogramas por segundo clasificados ({dropped} descartados por estar ocupado)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="78" />
      <source>{ratio:.0%} of the largest</source>
      <translation>{ratio:.0%} del máximo</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/bundled.py" line="48" />
      <source>{raw} is not a folder bundled with netbuilder (bundled: {offered}): name one of them, or the path of your own folder</source>
      <translation>{raw} no es una carpeta incluida con netbuilder (incluidas: {offered}): indique una de ellas o la ruta de su propia carpeta</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/camera_feed.py" line="225" />
      <source>{reason}: Try it on the camera needs one; draw or type an input instead.</source>
      <translation>{reason}: Probar con la cámara necesita una; dibuje o escriba una entrada en su lugar.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/common/camera.py" line="29" />
      <source>{reason}: add pictures from files instead.</source>
      <translation>{reason}: añada imágenes desde archivos en su lugar.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="149" />
      <source>{reason}: nothing was saved there, and a file already there is unchanged</source>
      <translation>{reason}: no se guardó nada ahí, y un archivo que ya estuviera ahí no ha cambiado</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/document.py" line="135" />
      <source>{reason}: the network cannot be changed now. Stop the run to edit it.</source>
      <translation>{reason}: la red no se puede cambiar ahora. Detenga la ejecución para editarla.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="100" />
      <source>{reason}: the network is locked until the run ends</source>
      <translation>{reason}: la red está bloqueada hasta que termine la ejecución</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/view.py" line="89" />
      <source>{reason}: the network is locked until the run ends (cards can still move)</source>
      <translation>{reason}: la red está bloqueada hasta que termine la ejecución (las tarjetas aún se pueden mover)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/autosave.py" line="184" />
      <source>{reason}; the design is restored without its trained weights</source>
      <translation>{reason}; el diseño se restaura sin sus pesos entrenados</translation>
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
precisión val. {accuracy:.1%}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_thumbs.py" line="27" />
      <source>{run}
val loss {loss:.4g}</source>
      <translation>{run}
pérdida val. {loss:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="270" />
      <source>{run} (trial {n})</source>
      <translation>{run} (ensayo {n})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="227" />
      <source>{run} ({state})</source>
      <translation>{run} ({state})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="340" />
      <source>{run} validation</source>
      <translation>validación de {run}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_thumbs.py" line="47" />
      <source>{run}: the class it predicts over the plane of its two inputs at its end (paler where it is unsure), with {n:,} training points</source>
      <translation>{run}: la clase que predice al final sobre el plano de sus dos entradas (más pálida donde no está segura), con {n:,} puntos de entrenamiento</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_thumbs.py" line="55" />
      <source>{run}: validation accuracy {accuracy:.1%} ({n:,} samples)</source>
      <translation>{run}: precisión de validación {accuracy:.1%} ({n:,} muestras)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="287" />
      <source>{said}. The weights are as they were.</source>
      <translation>{said}. Los pesos siguen como estaban.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="243" />
      <source>{seen} and {param_name} both set {target} of layer {layer}: keep one</source>
      <translation>{seen} y {param_name} fijan ambos {target} de la capa {layer}: conserve uno</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="241" />
      <source>{seen} and {param_name} both set {target}: keep one</source>
      <translation>{seen} y {param_name} fijan ambos {target}: conserve uno</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="266" />
      <source>{series}
epoch {x:.2f}: {y:.4g}</source>
      <translation>{series}
época {x:.2f}: {y:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="193" />
      <source>{setting}: back to the default</source>
      <translation>{setting}: vuelve al valor predeterminado</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="197" />
      <source>{setting}: {reason}</source>
      <translation>{setting}: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="91" />
      <source>{severity}. Click to show {node} on the canvas.</source>
      <translation>{severity}. Haga clic para mostrar {node} en el lienzo.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations_view.py" line="211" />
      <source>{shape}   {lo} to {hi}</source>
      <translation>{shape}   {lo} a {hi}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations_view.py" line="208" />
      <source>{shape}   {lo} to {hi}   (the first {shown:,} of {total:,} units)</source>
      <translation>{shape}   {lo} a {hi}   (las {shown:,} primeras de {total:,} unidades)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations_view.py" line="205" />
      <source>{shape}   {lo} to {hi}   (the first {shown} of {total} maps)</source>
      <translation>{shape}   {lo} a {hi}   (los {shown} primeros de {total} mapas)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/importance_bars.py" line="49" />
      <source>{share:.0%}</source>
      <translation>{share:.0%}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="69" />
      <source>{share:.0%} of its outputs saturated (in the flat tails, where they barely learn)</source>
      <translation>{share:.0%} de sus salidas saturadas (en las colas planas, donde apenas aprenden)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="66" />
      <source>{share:.0%} of its {units:,} units dead (output 0 for every input probed)</source>
      <translation>{share:.0%} de sus {units:,} unidades muertas (salida 0 para todas las entradas medidas)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="112" />
      <source>{share:.0%} of {node_id}'s outputs are saturated (stuck near their limits, where they barely learn). Try a lower learning rate, normalised inputs, BatchNorm before it, or ReLU instead.</source>
      <translation>El {share:.0%} de las salidas de {node_id} están saturadas (atascadas cerca de sus límites, donde apenas aprenden). Pruebe una tasa de aprendizaje menor, entradas normalizadas, BatchNorm antes de la capa, o ReLU en su lugar.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="107" />
      <source>{share:.0%} of {node_id}'s {units:,} units are dead: they output 0 for every input and no longer learn. Try a lower learning rate, LeakyReLU instead of ReLU, or BatchNorm before it.</source>
      <translation>El {share:.0%} de las {units:,} unidades de {node_id} están muertas: dan 0 para cualquier entrada y ya no aprenden. Pruebe una tasa de aprendizaje menor, LeakyReLU en lugar de ReLU, o BatchNorm antes de la capa.</translation>
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
      <translation>{size}, más del {share:.0%} de los {free} libres: leídas del disco sobre la marcha, decodificadas por {workers} proceso auxiliar durante el entrenamiento</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="360" />
      <source>{size}, more than {share:.0%} of the {free} free: streamed from disk, decoded by {workers} worker processes as it trains</source>
      <translation>{size}, más del {share:.0%} de los {free} libres: leídas del disco sobre la marcha, decodificadas por {workers} procesos auxiliares durante el entrenamiento</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="347" />
      <source>{size}, preloaded (the dataset's preload is true)</source>
      <translation>{size}, precargadas (el preload del conjunto de datos es true)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="352" />
      <source>{size}, preloaded in memory</source>
      <translation>{size}, precargadas en memoria</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="354" />
      <source>{size}, preloaded in memory ({free} free)</source>
      <translation>{size}, precargadas en memoria ({free} libres)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="349" />
      <source>{size}, streamed from disk (the dataset's preload is false)</source>
      <translation>{size}, leídas del disco sobre la marcha (el preload del conjunto de datos es false)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="183" />
      <source>{source} is already connected to {target}</source>
      <translation>{source} ya está conectado con {target}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="141" />
      <source>{source} → {target}</source>
      <translation>{source} → {target}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/items.py" line="356" />
      <source>{source} → {target} (input {port})</source>
      <translation>{source} → {target} (entrada {port})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="110" />
      <source>{source}: no such lesson file, and no bundled lesson of that name (bundled: {names})</source>
      <translation>{source}: no existe ese archivo de lección ni ninguna lección incluida con ese nombre (incluidas: {names})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="25" />
      <source>{spec}: name the model as FILE.py:ClassName, e.g. model.py:MyNet</source>
      <translation>{spec}: indique el modelo como FILE.py:ClassName, p. ej., model.py:MyNet</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="122" />
      <source>{split} split, {title}</source>
      <translation>{split}, {title}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="364" />
      <source>{split}, epoch {epoch}: {accuracy}</source>
      <translation>{split}, época {epoch}: {accuracy}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="367" />
      <source>{split}: {accuracy}</source>
      <translation>{split}: {accuracy}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="329" />
      <source>{state}, {n} warning</source>
      <translation>{state}, {n} advertencia</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="330" />
      <source>{state}, {n} warnings</source>
      <translation>{state}, {n} advertencias</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="398" />
      <source>{support:,}</source>
      <translation>{support:,}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="193" />
      <source>{target} ({type}) has no input port {port}</source>
      <translation>{target} ({type}) no tiene ningún puerto de entrada {port}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="189" />
      <source>{target} ({type}) takes one input and already has one; disconnect it first</source>
      <translation>{target} ({type}) admite una sola entrada y ya tiene una; desconéctela antes</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="181" />
      <source>{target} is an {type}: nothing can feed into it</source>
      <translation>{target} es de tipo {type}: no puede recibir ninguna entrada</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="126" />
      <source>{target}: not a regular file ({file_kind}); netbuilder does not open it</source>
      <translation>{target}: no es un archivo normal ({file_kind}); netbuilder no lo abre</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="123" />
      <source>{target}: the trained weights cannot be read ({strerror})</source>
      <translation>{target}: no se pueden leer los pesos entrenados ({strerror})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="171" />
      <source>{text!r}: write NAME=SPEC, e.g. {examples}</source>
      <translation>{text!r}: escriba NAME=SPEC, p. ej., {examples}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="364" />
      <source>{text} in '{qualname}' ({kind})</source>
      <translation>{text} en '{qualname}' ({kind})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="170" />
      <source>{text}: no such file</source>
      <translation>{text}: no existe el archivo</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="168" />
      <source>{text}: no such file or preset (presets: {presets})</source>
      <translation>{text}: no existe ese archivo ni esa plantilla (plantillas: {presets})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="91" />
      <source>{title} ({path})</source>
      <translation>{title} ({path})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="293" />
      <source>{title}: step {step} of {steps}</source>
      <translation>{title}: paso {step} de {steps}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="195" />
      <source>{total} of {free} free</source>
      <translation>{total} de {free} libres</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="193" />
      <source>{total} of {free} free under its limit</source>
      <translation>{total} de {free} libres bajo su límite</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="20" />
      <source>{type_name} needs an input of shape [T, E] (T tokens of E features); it gets {shape}. Put it after an Embedding, a recurrent layer with return_sequences, or a Reshape.</source>
      <translation>{type_name} necesita una entrada de forma [T, E] (T tokens de E características); recibe {shape}. Colóquelo tras un Embedding, una capa recurrente con return_sequences o un Reshape.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/recurrent.py" line="25" />
      <source>{type_name} needs an input of shape [T, F] (T steps of F features); it gets {shape}. Use an Input such as [28, 28], an Embedding, or a Reshape before it.</source>
      <translation>{type_name} necesita una entrada de forma [T, F] (T pasos de F características); recibe {shape}. Use antes un Input como [28, 28], un Embedding o un Reshape.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="25" />
      <source>{type_name} needs an input of shape {what}; it gets {shape}. {hint}</source>
      <translation>{type_name} necesita una entrada de forma {what}; recibe {shape}. {hint}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/activation.py" line="23" />
      <source>{type_name} over dim {dim} does not fit an input of shape {shape} (with the batch it has {rank} dimensions). Use dim -1 for the last one.</source>
      <translation>{type_name} sobre dim {dim} no encaja con una entrada de forma {shape} (con el lote tiene {rank} dimensiones). Use dim -1 para la última.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="26" />
      <source>{type_name} splits its {embed} input features among {heads_param} = {heads} heads, so the feature count must be divisible by {heads_param}; {embed} is not. Use {heads_param} {fits}, or change the layer before it.</source>
      <translation>{type_name} reparte sus {embed} características de entrada entre {heads_param} = {heads} cabezas, así que el número de características debe ser divisible por {heads_param}; {embed} no lo es. Use {heads_param} {fits}, o cambie la capa anterior.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pool.py" line="29" />
      <source>{type_name}'s padding can be at most half its kernel size; it is {padding} for a {kernel} kernel.</source>
      <translation>El padding de {type_name} puede ser como máximo la mitad del tamaño de su núcleo; es {padding} para un núcleo {kernel}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="57" />
      <source>{type_name}'s {kernel} {what} does not fit its input of size {size}: the output would be empty. Use a smaller kernel or stride, more padding, or place it before the size shrinks.</source>
      <translation>{type_name} tiene {what} {kernel}, que no cabe en su entrada de tamaño {size}: la salida quedaría vacía. Use un núcleo o un stride menores, más padding, o colóquelo antes de que el tamaño se reduzca.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="34" />
      <source>{type_name}'s {name} must be one number or {n} numbers (one per spatial dimension); it is {value}.</source>
      <translation>El {name} de {type_name} debe ser un número o {n} números (uno por dimensión espacial); es {value}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="125" />
      <source>{type} ({node})</source>
      <translation>{type} ({node})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/shapes.py" line="102" />
      <source>{type} cannot take this input: {problem}</source>
      <translation>{type} no puede recibir esta entrada: {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="73" />
      <source>{type} has no input port {port}; connect to its port 0 instead.</source>
      <translation>{type} no tiene ningún puerto de entrada {port}; conecte a su puerto 0 en su lugar.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="148" />
      <source>{type} has no parameter '{name}'</source>
      <translation>{type} no tiene ningún parámetro '{name}'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="144" />
      <source>{type} has no parameter {name}; it takes no parameters</source>
      <translation>{type} no tiene ningún parámetro {name}; no admite parámetros</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="142" />
      <source>{type} has no parameter {name}; it takes {names}</source>
      <translation>{type} no tiene ningún parámetro {name}; admite {names}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="391" />
      <source>{type} has no settings: it works the same whatever you do.</source>
      <translation>{type} no tiene ajustes: funciona igual haga lo que haga.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="173" />
      <source>{type} has no weights: it transforms its input the same way however the network trains.</source>
      <translation>{type} no tiene pesos: transforma su entrada siempre igual, se entrene como se entrene la red.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="175" />
      <source>{type} holds no weights to show here (only counters or empty tensors).</source>
      <translation>{type} no tiene pesos que mostrar aquí (solo contadores o tensores vacíos).</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="64" />
      <source>{type} needs at least {min_inputs} inputs; it has {n_ins}. Connect another branch to it.</source>
      <translation>{type} necesita al menos {min_inputs} entradas; tiene {n_ins}. Conéctele otra rama.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="70" />
      <source>{type} takes {max_inputs} input(s); it has {n_ins}. Remove the extra ones.</source>
      <translation>{type} admite {max_inputs} entrada(s); tiene {n_ins}. Quite las sobrantes.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/shapes.py" line="92" />
      <source>{type} would output shape {shape}, which has an empty dimension: its input is too small for its kernel, stride or padding.</source>
      <translation>{type} daría una salida de forma {shape}, que tiene una dimensión vacía: su entrada es demasiado pequeña para su núcleo, stride o padding.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="76" />
      <source>{type}'s inputs leave a gap in ports {ports}; reconnect them.</source>
      <translation>Las entradas de {type} dejan un hueco en los puertos {ports}; vuelva a conectarlas.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="79" />
      <source>{type}: {problem}.</source>
      <translation>{type}: {problem}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="155" />
      <source>{used:.2f} is used</source>
      <translation>se usa {used:.2f}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="177" />
      <source>{value!r} is not a finite number</source>
      <translation>{value!r} no es un número finito</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="126" />
      <source>{value!r} is not one of {choices}</source>
      <translation>{value!r} no es uno de {choices}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="179" />
      <source>{value!r} is too large (the network computes in 32-bit floats: at most about 3.4e38)</source>
      <translation>{value!r} es demasiado grande (la red calcula con flotantes de 32 bits: como máximo unos 3,4e38)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="255" />
      <source>{value} (unknown)</source>
      <translation>{value} (desconocido)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="131" />
      <source>{value}; input values must be numbers, not true or false</source>
      <translation>{value}; los valores de entrada deben ser números, no true ni false</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="176" />
      <source>{what} is not a text of at most {limit:,} characters</source>
      <translation>{what} no es un texto de como máximo {limit:,} caracteres</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="178" />
      <source>{what} {k}, row {r}, column {c}</source>
      <translation>{what} {k}, fila {r}, columna {c}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="254" />
      <source>{where} ({title})</source>
      <translation>{where} ({title})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="45" />
      <source>{where} claims {numel:,} values of shape {value_shape} but the file holds {held:,} for it</source>
      <translation>{where} declara {numel:,} valores de forma {value_shape}, pero el archivo contiene {held:,} para él</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="319" />
      <source>{where} gets {n_sources} different tensors ({names}); netbuilder's {type} takes one input</source>
      <translation>{where} recibe {n_sources} tensores distintos ({names}); la capa {type} de netbuilder admite una sola entrada</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="166" />
      <source>{where} has no layer type in netbuilder's catalogue</source>
      <translation>{where} no tiene ningún tipo de capa en el catálogo de netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="148" />
      <source>{where} has no loss</source>
      <translation>{where} no tiene pérdida</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="151" />
      <source>{where} has the key {shown}, not a name</source>
      <translation>{where} tiene la clave {shown}, no un nombre</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="121" />
      <source>{where} has the wrong shapes</source>
      <translation>{where} tiene formas incorrectas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/summary.py" line="83" />
      <source>{where} has {free} free</source>
      <translation>{where} tiene {free} libres</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="125" />
      <source>{where} holds numbers a boundary cannot have</source>
      <translation>{where} contiene números que una frontera no puede tener</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="41" />
      <source>{where} holds {dtype} values; a netbuilder checkpoint holds real numbers only</source>
      <translation>{where} contiene valores {dtype}; un punto de control de netbuilder solo contiene números reales</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="290" />
      <source>{where} is called with other arguments than layer outputs; netbuilder's {type} takes only its input tensors</source>
      <translation>{where} se llama con argumentos que no son salidas de capa; la capa {type} de netbuilder solo admite sus tensores de entrada</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_backbone.py" line="172" />
      <source>{where} is called with other arguments than one layer output; netbuilder's Pretrained takes only its input image</source>
      <translation>{where} se llama con argumentos distintos de una única salida de capa; la capa Pretrained de netbuilder solo admite su imagen de entrada</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="115" />
      <source>{where} is not a run's boundary</source>
      <translation>{where} no es la frontera de una ejecución</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="214" />
      <source>{where} is not an object</source>
      <translation>{where} no es un objeto</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="73" />
      <source>{where} is too large (beyond float32's range, about 3.4e38)</source>
      <translation>{where} es demasiado grande (fuera del rango de float32, unos 3,4e38)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="335" />
      <source>{where} is used as {expr} (node '{node_name}'), which netbuilder's {type} cannot reproduce: {exc}</source>
      <translation>{where} se usa como {expr} (nodo '{node_name}'), algo que la capa {type} de netbuilder no puede reproducir: {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="316" />
      <source>{where} is used as {expr}, which is not one tensor</source>
      <translation>{where} se usa como {expr}, que no es un solo tensor</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="69" />
      <source>{where} is {shown}, not a number</source>
      <translation>{where} es {shown}, no un número</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="80" />
      <source>{where} is {shown}, not a whole number from {minimum} to 2**53</source>
      <translation>{where} es {shown}, no un número entero de {minimum} a 2**53</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="144" />
      <source>{where} is {shown}, not an epoch's metrics</source>
      <translation>{where} es {shown}, no las métricas de una época</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="71" />
      <source>{where} is {value}, not a finite number</source>
      <translation>{where} es {value}, no un número finito</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="296" />
      <source>{where} must be "lesson", a preset's name or a design, not {value!r}</source>
      <translation>{where} debe ser "lesson", el nombre de una plantilla o un diseño, no {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="324" />
      <source>{where} must be a list of objectNames</source>
      <translation>{where} debe ser una lista de objectNames</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="321" />
      <source>{where} must be a non-empty text</source>
      <translation>{where} debe ser un texto no vacío</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="304" />
      <source>{where} must be an object of settings ({choices})</source>
      <translation>{where} debe ser un objeto de ajustes ({choices})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="34" />
      <source>{where} must be an object with at least one key (predict, status or a metric)</source>
      <translation>{where} debe ser un objeto con al menos una clave (predict, status o una métrica)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="300" />
      <source>{where} must be one of {choices}, not {value!r}</source>
      <translation>{where} debe ser uno de {choices}, no {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="318" />
      <source>{where} must be true</source>
      <translation>{where} debe ser true</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="314" />
      <source>{where} must be {{"epochs": N}} or {{"batches": N}} with N a whole number from 1 to 100,000</source>
      <translation>{where} debe ser {{"epochs": N}} o {{"batches": N}}, con N un número entero de 1 a 100.000</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="312" />
      <source>{where} returns a tuple, and {label} uses it whole; take the tensor you need out of it (e.g. out, _ = self.{target}(x))</source>
      <translation>{where} devuelve una tupla, y {label} la usa entera; extraiga de ella el tensor que necesite (p. ej., out, _ = self.{target}(x))</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="287" />
      <source>{where} returns {name}, not one tensor</source>
      <translation>{where} devuelve {name}, no un solo tensor</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="240" />
      <source>{where}'s loss curve is not two tensors of one length</source>
      <translation>la curva de pérdida de {where} no son dos tensores de la misma longitud</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="237" />
      <source>{where}.confusion is not a square table of counts</source>
      <translation>{where}.confusion no es una tabla cuadrada de recuentos</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="146" />
      <source>{where}.epoch is {entry}, not {i}</source>
      <translation>{where}.epoch es {entry}, no {i}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="225" />
      <source>{where}.history is not a list of epochs</source>
      <translation>{where}.history no es una lista de épocas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="221" />
      <source>{where}.number is not a run number</source>
      <translation>{where}.number no es un número de ejecución</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="48" />
      <source>{where}.predict has {n_input} input rows and {n_output} output rows; they must match</source>
      <translation>{where}.predict tiene {n_input} filas de entrada y {n_output} filas de salida; deben coincidir</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="39" />
      <source>{where}.predict must be an object with 'input' and 'output' rows</source>
      <translation>{where}.predict debe ser un objeto con filas 'input' y 'output'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="52" />
      <source>{where}.predict.tolerance must be a number of at least 0</source>
      <translation>{where}.predict.tolerance debe ser un número mayor o igual que 0</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="45" />
      <source>{where}.predict.{part} must be a list of rows of numbers</source>
      <translation>{where}.predict.{part} debe ser una lista de filas de números</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="218" />
      <source>{where}.status is not one of {statuses}</source>
      <translation>{where}.status no es uno de {statuses}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="55" />
      <source>{where}.status must be one of {choices}, not {value!r}</source>
      <translation>{where}.status debe ser uno de {choices}, no {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="232" />
      <source>{where}.{key} is not an object</source>
      <translation>{where}.{key} no es un objeto</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="63" />
      <source>{where}.{key} must be a number (the value to reach), not {value!r}</source>
      <translation>{where}.{key} debe ser un número (el valor que hay que alcanzar), no {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="60" />
      <source>{where}.{key} must be a number, or {{"at_least": x}} or {{"at_most": x}}</source>
      <translation>{where}.{key} debe ser un número, o {{"at_least": x}} o {{"at_most": x}}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="260" />
      <source>{where}: 'action' must be an object with exactly one of {choices}</source>
      <translation>{where}: 'action' debe ser un objeto con exactamente uno de {choices}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="222" />
      <source>{where}: 'description' must be a text</source>
      <translation>{where}: 'description' debe ser un texto</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="234" />
      <source>{where}: 'design' must be a preset's name or a design object</source>
      <translation>{where}: 'design' debe ser el nombre de una plantilla o un objeto de diseño</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="226" />
      <source>{where}: 'design' names the preset {design!r}, which does not exist</source>
      <translation>{where}: 'design' nombra la plantilla {design!r}, que no existe</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="64" />
      <source>{where}: 'edges' must be a list</source>
      <translation>{where}: 'edges' debe ser una lista</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="279" />
      <source>{where}: 'expect_advice' must be a list of advice codes ({choices})</source>
      <translation>{where}: 'expect_advice' debe ser una lista de códigos de consejo ({choices})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="70" />
      <source>{where}: 'expected' must be an object</source>
      <translation>{where}: 'expected' debe ser un objeto</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="51" />
      <source>{where}: 'format' is {fmt}, not {expected!r}: this is not a netbuilder design</source>
      <translation>{where}: 'format' es {fmt}, no {expected!r}: esto no es un diseño de netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="208" />
      <source>{where}: 'format' must be "{FORMAT}" (is this a lesson file?)</source>
      <translation>{where}: 'format' debe ser "{FORMAT}" (¿es este un archivo de lección?)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="62" />
      <source>{where}: 'nodes' must be a list</source>
      <translation>{where}: 'nodes' debe ser una lista</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="237" />
      <source>{where}: 'steps' must be a non-empty list</source>
      <translation>{where}: 'steps' debe ser una lista no vacía</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="256" />
      <source>{where}: 'text' must be a text</source>
      <translation>{where}: 'text' debe ser un texto</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="219" />
      <source>{where}: 'title' must be a non-empty text</source>
      <translation>{where}: 'title' debe ser un texto no vacío</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="67" />
      <source>{where}: 'training' must be an object</source>
      <translation>{where}: 'training' debe ser un objeto</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="33" />
      <source>{where}: 'version' must be a whole number, not {version}</source>
      <translation>{where}: 'version' debe ser un número entero, no {version}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="269" />
      <source>{where}: '{key}' belongs to a step whose action is 'train'</source>
      <translation>{where}: '{key}' pertenece a un paso cuya acción es 'train'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="59" />
      <source>{where}: '{key}' must be a string</source>
      <translation>{where}: '{key}' debe ser una cadena</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="196" />
      <source>{where}: a :log range needs ends above 0, e.g. {name}=1e-5..1e-1:log</source>
      <translation>{where}: un rango :log necesita extremos mayores que 0, p. ej., {name}=1e-5..1e-1:log</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="47" />
      <source>{where}: a design must be a JSON object, not {kind}</source>
      <translation>{where}: un diseño debe ser un objeto JSON, no {kind}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="206" />
      <source>{where}: a lesson is a JSON object, not {kind}</source>
      <translation>{where}: una lección es un objeto JSON, no {kind}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="246" />
      <source>{where}: a step is an object with a title and a text</source>
      <translation>{where}: un paso es un objeto con un título y un texto</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="108" />
      <source>{where}: a text at {link} holds an invalid character (a lone UTF-16 surrogate such as \ud800); fix or remove it</source>
      <translation>{where}: un texto en {link} contiene un carácter no válido (un sustituto UTF-16 suelto, como \ud800); corríjalo o quítelo</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="266" />
      <source>{where}: action '{kind}'</source>
      <translation>{where}: acción '{kind}'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="184" />
      <source>{where}: after the range write :log or nothing, not :{flag}</source>
      <translation>{where}: después del rango escriba :log o nada, no :{flag}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="207" />
      <source>{where}: an empty choice; write choices as a,b,c</source>
      <translation>{where}: una opción vacía; escriba las opciones como a,b,c</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="149" />
      <source>{where}: cannot read the file ({reason})</source>
      <translation>{where}: no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="257" />
      <source>{where}: checkpoint version {version} is newer than this netbuilder understands ({known}); update netbuilder to open it</source>
      <translation>{where}: la versión {version} del punto de control es más reciente de lo que entiende este netbuilder ({known}); actualice netbuilder para abrirlo</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="283" />
      <source>{where}: expect_advice: unknown advice code {unknown!r}; use {choices}</source>
      <translation>{where}: expect_advice: código de consejo desconocido {unknown!r}; use {choices}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="94" />
      <source>{where}: it has no entry {name}</source>
      <translation>{where}: no tiene ninguna entrada {name}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="232" />
      <source>{where}: its design: {reason}</source>
      <translation>{where}: su diseño: {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="80" />
      <source>{where}: its entries are more than {total} inflated together, more than netbuilder reads; is this the right file?</source>
      <translation>{where}: sus entradas descomprimidas suman más de {total}, más de lo que lee netbuilder; ¿es este el archivo correcto?</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="83" />
      <source>{where}: its entries declare {inflated:,} bytes together but the file has {file_size:,}: the file is damaged; save it again from netbuilder</source>
      <translation>{where}: sus entradas declaran {inflated:,} bytes en total, pero el archivo tiene {file_size:,}: el archivo está dañado; vuelva a guardarlo desde netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="57" />
      <source>{where}: its entry {name} declares {size:,} bytes but stores {packed:,}: the file is damaged; save it again from netbuilder</source>
      <translation>{where}: su entrada {name} declara {size:,} bytes, pero almacena {packed:,}: el archivo está dañado; vuelva a guardarlo desde netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="51" />
      <source>{where}: its entry {name} has a negative size: the file is damaged</source>
      <translation>{where}: su entrada {name} tiene un tamaño negativo: el archivo está dañado</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="53" />
      <source>{where}: its entry {name} is compressed ({packed:,} bytes that would inflate to {size:,}), but netbuilder writes this file's entries stored as they are; save it again from netbuilder</source>
      <translation>{where}: su entrada {name} está comprimida ({packed:,} bytes que se descomprimirían en {size:,}), pero netbuilder escribe las entradas de este archivo sin comprimir; vuelva a guardarlo desde netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="103" />
      <source>{where}: its entry {name} is damaged (shorter than it says)</source>
      <translation>{where}: su entrada {name} está dañada (es más corta de lo que indica)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="100" />
      <source>{where}: its entry {name} is damaged ({why})</source>
      <translation>{where}: su entrada {name} está dañada ({why})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="43" />
      <source>{where}: its entry {name} is encrypted, and netbuilder does not read encrypted files; save it again without a password</source>
      <translation>{where}: su entrada {name} está cifrada, y netbuilder no lee archivos cifrados; vuelva a guardarlo sin contraseña</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="60" />
      <source>{where}: its entry {name} is {size} inflated, more than netbuilder reads ({limit} at most); is this the right file?</source>
      <translation>{where}: su entrada {name} ocupa {size} descomprimida, más de lo que lee netbuilder ({limit} como máximo); ¿es este el archivo correcto?</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="46" />
      <source>{where}: its entry {name} uses compression method {compress_type}, which netbuilder does not read (only stored or deflate); save it again with netbuilder</source>
      <translation>{where}: su entrada {name} usa el método de compresión {compress_type}, que netbuilder no lee (solo stored o deflate); vuelva a guardarlo con netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="63" />
      <source>{where}: its entry {name} would inflate {packed} to {size} (over {max_ratio} times), as a zip bomb does; netbuilder does not inflate it</source>
      <translation>{where}: su entrada {name} descomprimiría {packed} en {size} (más de {max_ratio} veces), como hace una bomba zip; netbuilder no la descomprime</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_backbone.py" line="200" />
      <source>{where}: netbuilder's Pretrained {model} and the layers after it compute other values from the same weights</source>
      <translation>{where}: la capa Pretrained {model} de netbuilder y las capas posteriores calculan otros valores con los mismos pesos</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_backbone.py" line="202" />
      <source>{where}: netbuilder's Pretrained {model} compute other values from the same weights</source>
      <translation>{where}: la capa Pretrained {model} de netbuilder calcula otros valores con los mismos pesos</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="226" />
      <source>{where}: no such {kind} file</source>
      <translation>{where}: no existe ese archivo {kind}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="251" />
      <source>{where}: not a netbuilder checkpoint (a PyTorch file, but without netbuilder's design and settings; train with netbuilder to make one)</source>
      <translation>{where}: no es un punto de control de netbuilder (es un archivo de PyTorch, pero sin el diseño ni los ajustes de netbuilder; entrene con netbuilder para crear uno)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="148" />
      <source>{where}: not a netbuilder work file (save one with File &gt; Save My Work)</source>
      <translation>{where}: no es un archivo de trabajo de netbuilder (guarde uno con Archivo &gt; Guardar mi trabajo)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="119" />
      <source>{where}: not a readable zip file ({why})</source>
      <translation>{where}: no es un archivo zip legible ({why})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="228" />
      <source>{where}: not a readable {name} ({damaged})</source>
      <translation>{where}: no es un {name} legible ({damaged})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="240" />
      <source>{where}: not a readable {name} ({why})</source>
      <translation>{where}: no es un {name} legible ({why})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="58" />
      <source>{where}: not valid JSON (line {lineno}, column {colno}: {reason})</source>
      <translation>{where}: JSON no válido (línea {lineno}, columna {colno}: {reason})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="240" />
      <source>{where}: step {n}</source>
      <translation>{where}: paso {n}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="63" />
      <source>{where}: the JSON is nested too deeply (at most {max_depth} levels)</source>
      <translation>{where}: el JSON está anidado a demasiada profundidad (como máximo {max_depth} niveles)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="82" />
      <source>{where}: the JSON is nested too deeply (more than {max_depth} levels, at {link})</source>
      <translation>{where}: el JSON está anidado a demasiada profundidad (más de {max_depth} niveles, en {link})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="281" />
      <source>{where}: the checkpoint cannot be used: {exc}</source>
      <translation>{where}: no se puede usar el punto de control: {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="287" />
      <source>{where}: the checkpoint is damaged or incomplete ({why}); save it again from netbuilder</source>
      <translation>{where}: el punto de control está dañado o incompleto ({why}); vuelva a guardarlo desde netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="36" />
      <source>{where}: the file is design format version {version}, newer than this netbuilder understands ({VERSION}); update netbuilder to open it</source>
      <translation>{where}: el archivo usa la versión {version} del formato de diseño, más reciente de lo que entiende este netbuilder ({VERSION}); actualice netbuilder para abrirlo</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="152" />
      <source>{where}: the file is not UTF-8 text</source>
      <translation>{where}: el archivo no es texto UTF-8</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="113" />
      <source>{where}: the number at {link} is {value!r}, not a finite number (JSON cannot store it); use a finite number</source>
      <translation>{where}: el número en {link} es {value!r}, no un número finito (JSON no puede almacenarlo); use un número finito</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="192" />
      <source>{where}: the range's first end must be below its second; for one value write {name}={low}</source>
      <translation>{where}: el primer extremo del rango debe ser menor que el segundo; para un solo valor escriba {name}={low}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="162" />
      <source>{where}: the work cannot be used: {exc}</source>
      <translation>{where}: no se puede usar el trabajo: {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="165" />
      <source>{where}: the work file is damaged ({exc}); ask for it to be saved again</source>
      <translation>{where}: el archivo de trabajo está dañado ({exc}); pida que lo vuelvan a guardar</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="264" />
      <source>{where}: unknown action {kind!r}; use one of {choices}</source>
      <translation>{where}: acción desconocida {kind!r}; use una de {choices}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="255" />
      <source>{where}: unknown checkpoint version {version!r}</source>
      <translation>{where}: versión de punto de control desconocida {version!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="40" />
      <source>{where}: unknown design format version {version}</source>
      <translation>{where}: versión del formato de diseño desconocida: {version}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="56" />
      <source>{where}: unknown field(s) {names}</source>
      <translation>{where}: campos desconocidos: {names}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="215" />
      <source>{where}: unknown key {unknown!r} (a lesson has {choices})</source>
      <translation>{where}: clave desconocida {unknown!r} (una lección tiene {choices})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="249" />
      <source>{where}: unknown key {unknown!r} (a step has {choices})</source>
      <translation>{where}: clave desconocida {unknown!r} (un paso tiene {choices})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="308" />
      <source>{where}: unknown setting {unknown!r}; use {choices}</source>
      <translation>{where}: ajuste desconocido {unknown!r}; use {choices}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="211" />
      <source>{where}: version {version!r} is not one this netbuilder reads (it reads {VERSION})</source>
      <translation>{where}: la versión {version!r} no es una de las que lee este netbuilder (lee {VERSION})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="151" />
      <source>{where}: work file version {version!r} is not one this netbuilder reads ({known}); update netbuilder to open it</source>
      <translation>{where}: la versión {version!r} del archivo de trabajo no es una de las que lee este netbuilder ({known}); actualice netbuilder para abrirlo</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="298" />
      <source>{where}: {exc}</source>
      <translation>{where}: {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="179" />
      <source>{where}: {name} takes names, not a range: write e.g. {name}={choices} (one of {all_choices})</source>
      <translation>{where}: {name} admite nombres, no un rango: escriba, p. ej., {name}={choices} (uno de {all_choices})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="215" />
      <source>{where}: {name} takes whole numbers, not {bad}</source>
      <translation>{where}: {name} admite números enteros, no {bad}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="189" />
      <source>{where}: {name} takes whole numbers: write e.g. {name}={floor}..{ceil}</source>
      <translation>{where}: {name} admite números enteros: escriba, p. ej., {name}={floor}..{ceil}</translation>
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
      <translation>{where}: {text!r} no es un número finito</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="128" />
      <source>{where}: {text!r} is not a number; write e.g. {examples}</source>
      <translation>{where}: {text!r} no es un número; escriba, p. ej., {examples}</translation>
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
      <translation>≥ 1/10 del máximo</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="364" />
      <source>✓ Expected result reached: {found}</source>
      <translation>✓ Resultado esperado alcanzado: {found}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="366" />
      <source>✗ Not reached: {found}</source>
      <translation>✗ No alcanzado: {found}</translation>
    </message>
  </context>
</TS>
