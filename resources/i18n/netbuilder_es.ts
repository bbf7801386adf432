<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>lessons</name>
    <message>
      <location filename="presets/simple_sigmoid.json" line="0" />
      <source>A 2-4-1 network with sigmoid units, the classic textbook network, separating the two interleaved half moons. Sigmoid hidden units learn more slowly than ReLU, so it uses Adam.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>A big network on only 1,000 digits learns them by heart: training accuracy reaches 100% while the validation loss rises. Dropout (20% of the inputs, 50% of the hidden units) makes it generalise better.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>A deep sigmoid network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>A good learning rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>A hidden layer lets the network draw more than one line. Spare units make it robust to units that die. Other fixes: a different seed, LeakyReLU, or tanh.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>A huge learning rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>A line through 100 points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>A network that starts from random weights has 63 pictures to learn from. What will it learn?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="presets/mnist_resnet.json" line="0" />
      <source>A residual block on handwritten digits: two 3x3 convolutions with batch normalisation learn a correction that Add puts on top of the block's input (the skip connection). This is the idea that lets ResNets train with hundreds of layers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>A short pass</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>A single neuron splits the plane with one straight line. Try it on paper.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>A small convolutional network on MNIST: 32 filters of 3 by 3 pixels slide over the image. One short pass over 20,000 digits, then the feature maps and the filters themselves.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>A tiny learning rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Add Dropout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>After training, what will it say for 7? Nobody showed it 7.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>Ask the room before pressing Next.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Big MLP on 1,000 digits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Big MLP with Dropout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Borrowed eyes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Both work. Shrinking the inputs keeps the learning rate and fixes every step at once.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Can one straight line put (0,1) and (1,0) on one side and (0,0) and (1,1) on the other?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Change the sample (or press Random) and watch the same filters respond to another digit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Colour by gradient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Convolutions: what a CNN sees in a digit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Dead units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Draw a digit with the mouse. Does the network read your handwriting as well as the test set's?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Each row is a true class, each column what the network said. The diagonal is right. Click a cell to see its pictures: is it fooled by a colour, a small shape, a shape near the edge?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Each small picture is one filter's answer over the whole digit: bright where its pattern is. Some find left edges, some top edges, some the stroke itself. Max pooling then keeps the strongest answer in each 2 by 2 block.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Eight units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Enough?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Exclusive or, the smallest problem a single neuron cannot solve: first one neuron fails, then two hidden ReLU units get stuck, then eight units solve it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="presets/xor.json" line="0" />
      <source>Exclusive or: the smallest problem a single neuron cannot solve, so it needs a hidden layer. With only 2 hidden ReLU units one often dies (outputs 0 for every input) and the network is stuck, so this design uses 8 hidden units and Adam at lr 0.05 instead of 0.001: the spare units make a dead one harmless and the larger rate finishes in a few hundred epochs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Feature maps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Features learnt from a million photos are better than any that 63 pictures could teach; training them here would only bend them towards our few pictures. And it is fast: the features of each picture are the same in every epoch.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>File &gt; Collect Images: name a class, hold the button, move the object before the camera. Use these images trains on them at once. Or point the dataset at a folder with one sub-folder per class.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Filters that slide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Five passes over the 60,000 digits. Watch the loss fall fast, then slowly: the learning rate is lowered towards the end. Then the 10,000 test digits, never seen in training, are read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Four points, two classes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>Guess first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Handwritten digits with a multilayer perceptron</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="presets/mnist_cnn.json" line="0" />
      <source>Handwritten digits with a small convolutional network: 32 3x3 filters look for strokes anywhere in the image, max pooling halves the resolution, then a dense layer of 128 units and 10 class probabilities. Beats the multilayer perceptron with fewer weights per feature.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="presets/mnist_mlp.json" line="0" />
      <source>Handwritten digits with one hidden layer of 128 units: flatten the 28x28 image, a dense ReLU layer, then 10 class probabilities. Reaches about 98% test accuracy in 5 epochs; a cosine schedule lowers the learning rate towards the end, which settles the last few tenths of a percent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>Hello, neuron</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>How Teachable Machine and its cousins learn from a few dozen pictures: a network already trained on ImageNet's 1.2 million photos turns each picture into features, and only a small layer after it learns your classes. Here on 90 bundled pictures of circles, squares and triangles; then on the class's own.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Inside the network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>It answers 14 for 7: it found w = 2 and b = 0, the rule behind the examples. Try other numbers in Try it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>It learned the rule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Learning by heart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Learning rate 0.0003: safe, tiny steps.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Learning rate 0.05: big enough to make progress, small enough not to overshoot.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Learning rate 3: every step jumps far past the bottom of the valley.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Learning rate: too high, too low, just right</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="presets/linear_regression.json" line="0" />
      <source>Linear regression</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Linear regression on raw inputs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Linear regression, and why raw SGD diverges</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="presets/mnist_cnn.json" line="0" />
      <source>MNIST convolutional network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="presets/mnist_mlp.json" line="0" />
      <source>MNIST multilayer perceptron</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="presets/mnist_resnet.json" line="0" />
      <source>MNIST residual network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="presets/mnist_lstm.json" line="0" />
      <source>MNIST rows through an LSTM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>MNIST: 28 by 28 grey pictures of handwritten digits, 60,000 to learn from and 10,000 kept aside to test on. Flatten turns each picture into one row of 784 numbers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Many weights, few examples</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>Meet the neuron</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>New weights again, the same seed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>New weights from the same seed, so the runs are comparable.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Ninety pictures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Now every layer is blue and the network separates the moons.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Now the loss falls smoothly, and the neuron predicts 301 for 150: it found y = 2x + 1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Now your own</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Once the picture is one long row of numbers, does the network still know which pixels were neighbours?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>One input, one neuron, one output. The neuron computes w times x plus b; it starts with random w and b. We show it five examples: 1 gives 2, 2 gives 4, ... 5 gives 10.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>One neuron fits y = 2x + 1 on x = 0..99. Plain SGD at lr 0.01 on the raw x (values up to 99) overshoots and the loss becomes NaN, so this design standardises the inputs (dataset option normalize: x minus its mean, over its standard deviation), which lets the same SGD at lr 0.01 converge. Then it predicts 301 for 150.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="presets/hello_neuron.json" line="0" />
      <source>One neuron learns y = 2x from five examples (x = 1..5). The 'hello world' of neural networks: after training it predicts 14 for 7, a value it never saw.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>One neuron learns y = 2x from five examples, then answers for a number it never saw.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>One neuron, y = w x + b, plain SGD at learning rate 0.01. The inputs are x = 0 to 99, as they come.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>One pass is already enough to read most digits: the filters are shared, so each is trained at every position of every image.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>One sigmoid neuron: it can only draw one straight line.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>One straight line?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>One test digit going through the network: the 128 hidden units, then the 10 output probabilities. Pick another sample and watch which units light up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Overfitting, and Dropout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Pick two feature maps. What shape in the digit makes each one bright?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="presets/mnist_lstm.json" line="0" />
      <source>Reads each digit one row at a time: the image becomes a sequence of 28 steps of 28 pixels, and an LSTM with 64 units carries a memory from row to row. Its last state classifies the digit. A first recurrent network.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Rows are the true digits, columns what the network said. Nearly everything sits on the diagonal. Click a cell off the diagonal to see the digits it got wrong: 4 and 9, 3 and 5, 7 and 2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Select the Conv2d card to see its 32 filters as 3 by 3 pictures: positive weights in one colour, negative in the other. An edge detector has a bright side and a dark side.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Seventy thousand digits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Side by side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Sigmoid vs ReLU in a deep network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="presets/simple_sigmoid.json" line="0" />
      <source>Simple sigmoid network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Six ReLU layers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Six Sigmoid layers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Six hidden layers of 16 ReLU units on moons, plain SGD.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Six hidden layers of 16 Sigmoid units on moons, plain SGD.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Six hidden layers of 16 sigmoid units, trained with plain SGD on two interleaved half-moons.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Six hidden layers: with sigmoid the gradient fades on its way back and the first layers barely learn; with ReLU it gets through.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Standardise the inputs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Start again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="presets/your_own_pictures.json" line="0" />
      <source>Teachable Machine's idea, offline: MobileNet V3 (small), trained on ImageNet's 1.2 million photos, turns each picture into 576 features and stays frozen (trainable: none); one Linear layer learns your classes from a few dozen pictures each. It opens on a folder bundled with netbuilder (bundled:own_pictures: circles, squares and triangles, 30 of each); point the dataset's path at your own folder, one sub-folder per class, or make one with File &gt; Collect Images. The ImageNet weights come from torch's cache: the first run downloads them; for a computer without internet, fetch them once where there is, with `netbuilder weights fetch mobilenet_v3_small`.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>That is overfitting: what it learned is too specific to these 1,000 pictures.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>The Conv2d layer has 32 filters of 3 by 3 pixels. Each one slides over the whole image and answers one question everywhere: is my pattern here? The same 9 weights are used at every position.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>The Pretrained node is MobileNet V3, already trained to name 1,000 kinds of things in ImageNet's photos. Its last layer is gone: it turns any picture into 576 numbers, features such as edges, corners and curves. The Summary shows its 927,008 weights as frozen: they will not change. Only the Linear layer after it learns: 1,731 weights.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>The boundary panel shows the four points on the plane of the two inputs. Once the network has trained, it colours the whole plane by what the network predicts there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>The canvas now colours each ReLU layer by how many of its units output 0 for every input. A unit whose input is negative for every point outputs 0 and gets no gradient: it is dead and never recovers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>The cards will be coloured by how much gradient each layer gets: blue is plenty, red is almost none.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>The classic first network: 60,000 handwritten digits, one hidden layer of 128 units, five passes over the data, about 98% of new digits read right.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>The dataset is a folder with one sub-folder per class: 30 circles, 30 squares and 30 triangles, in every colour, size and place. 63 pictures to learn from, 27 held back to check. MNIST's networks learn from 60,000 digits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>The filters themselves</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>The hidden layer's 128 units each weigh all 784 pixels. The output layer turns them into 10 probabilities, one per digit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>The loss became NaN (not a number). What could we change: the learning rate, or the inputs?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>The loss creeps down. Forty epochs are not enough to get anywhere.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>The loss falls fast and stays down: both arms are learned.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>The loss hardly moves. Which layers are learning, and which are not?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>The plane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>The problems list says it in words too.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>The same network and SGD, but each x becomes (x minus the mean) over the standard deviation: values around -1.7 to 1.7.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>The same network on the same spirals, three times, with three learning rates; then the three runs side by side.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>The same network with 8 hidden units: if a few die, the others still draw the lines XOR needs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>The same network with Dropout layers: in every training batch, 20% of the pixels and half of the hidden units are switched off at random. No unit can rely on one other unit, so the network has to learn features that work in many combinations.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>The same network with Dropout: 20% of the pixels and 50% of the hidden units are switched off at random in every training batch (never when predicting).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>The same neuron fits y = 2x + 1, first on raw inputs up to 99 (the loss explodes), then on standardised inputs (it converges).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>The same six layers with ReLU: its slope is 1 wherever the unit is active, so the gradient gets through.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>The same with ReLU</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>The three runs, overlaid: the same network, only the learning rate differs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>The training accuracy is 100%. Why is the network worse on digits it has not seen?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>The training loss falls more slowly and stays noisier. The validation loss ends lower and rises much less.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>The two runs overlaid: without Dropout the validation loss climbs; with Dropout it stays lower. The only change is the Dropout layers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>To keep it short we learn from the first 20,000 digits, once. The full preset trains five epochs on all 60,000.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>Train</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Train again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Train five epochs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Train forty epochs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Train on raw inputs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Train the head</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Train the single neuron</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Train with eight units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Train with two units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Train: just right</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Train: too high</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Train: too low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Twenty passes over the 63 pictures. Only the head learns, from the backbone's features. Watch the accuracy on the pictures held back as well as on the training ones.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Two arms wound around each other. The network has two hidden layers of 32 units. The learning rate sets how big each step down the loss is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Two hidden ReLU units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Two hidden ReLU units: just enough in theory.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Two hidden layers of 512 units (about 670,000 weights) trained on 1,000 MNIST digits; 1,000 more are held out to validate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Two hidden layers of 512 units: about 670,000 weights. Only 1,000 digits to learn from, and 1,000 more held out to check on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Two hidden units each draw a line, and the output neuron combines them. In theory that is enough for XOR.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="presets/spirals.json" line="0" />
      <source>Two interleaved spirals: a classic hard 2-D problem. Two hidden layers of 32 tanh units bend the plane until the arms come apart. Watch the decision boundary wind up as it trains.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Two spirals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Watch both losses. The training loss goes to almost zero: every one of the 1,000 digits is right. The validation loss falls for a few epochs, then rises: the network learns the examples by heart, not the digits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Watch the boundary bend around the points until each corner is on its side. The canvas shows how many units died: the spare ones make that harmless.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Watch the colours: the first layers turn red. A sigmoid's slope is at most 0.25, and six of them in a row shrink the gradient about 100,000 times.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>Watch the loss fall on the curve: each epoch nudges w and b to make the mistakes smaller.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Watch the loss jump around instead of falling. The network ends no better than a coin.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Watch the loss. Each step's size grows with x, and x is up to 99: every update overshoots more than the last.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Watch the loss: it stops falling. The best one line can do is a guess, so the neuron ends up saying about 0.5 everywhere.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>What do they look for?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>What does flattening lose?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>What fixed it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>What went wrong?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Which digits are confused?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Which ones does it mix up?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Which three things in this room could we teach it to tell apart?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Why do units die?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Why freeze it?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Why is it stuck?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Why keep the backbone's 927,008 weights as they are instead of training them on our 63 pictures?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>With only two units, one dead unit leaves a single line again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>With only two units, what happens to the network when one of them dies?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>With so few pictures a network learns them by heart: the colours, the places, the stray lines. Nothing that tells a circle from a square in a picture it has not seen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>With this seed it gets stuck too. The loss stays flat.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="presets/xor.json" line="0" />
      <source>XOR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>XOR is 1 when exactly one input is 1. The two 1s sit on one diagonal, the two 0s on the other. This network is a single neuron: a weighted sum and a sigmoid.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>XOR with 2 hidden ReLU units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>XOR with one neuron</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>XOR: why one neuron is not enough</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="presets/your_own_pictures.json" line="0" />
      <source>Your own pictures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Your own pictures: borrowing a network's eyes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Your turn</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>netbuilder</name>
  </context>
</TS>
