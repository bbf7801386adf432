<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>lessons</name>
    <message>
      <location filename="presets/simple_sigmoid.json" line="0" />
      <source>A 2-4-1 network with sigmoid units, the classic textbook network, separating the two interleaved half moons. Sigmoid hidden units learn more slowly than ReLU, so it uses Adam.</source>
      <translation>Un réseau 2-4-1 à unités sigmoïdes, le réseau classique des manuels, qui sépare les deux demi-lunes imbriquées. Les unités cachées sigmoïdes apprennent plus lentement que ReLU, c'est pourquoi il utilise Adam.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>A big network on only 1,000 digits learns them by heart: training accuracy reaches 100% while the validation loss rises. Dropout (20% of the inputs, 50% of the hidden units) makes it generalise better.</source>
      <translation>Un grand réseau entraîné sur seulement 1 000 chiffres les apprend par cœur : l'exactitude d'entraînement atteint 100 % tandis que la perte de validation augmente. Dropout (20 % des entrées, 50 % des unités cachées) l'aide à mieux généraliser.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>A deep sigmoid network</source>
      <translation>Un réseau sigmoïde profond</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>A good learning rate</source>
      <translation>Un bon taux d'apprentissage</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>A hidden layer lets the network draw more than one line. Spare units make it robust to units that die. Other fixes: a different seed, LeakyReLU, or tanh.</source>
      <translation>Une couche cachée permet au réseau de tracer plus d'une droite. Des unités en réserve le rendent robuste face aux unités qui meurent. Autres solutions : une autre graine, LeakyReLU ou tanh.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>A huge learning rate</source>
      <translation>Un taux d'apprentissage énorme</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>A line through 100 points</source>
      <translation>Une droite passant par 100 points</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>A network that starts from random weights has 63 pictures to learn from. What will it learn?</source>
      <translation>Un réseau qui part de poids aléatoires dispose de 63 images pour apprendre. Qu'apprendra-t-il ?</translation>
    </message>
    <message>
      <location filename="presets/mnist_resnet.json" line="0" />
      <source>A residual block on handwritten digits: two 3x3 convolutions with batch normalisation learn a correction that Add puts on top of the block's input (the skip connection). This is the idea that lets ResNets train with hundreds of layers.</source>
      <translation>Un bloc résiduel sur des chiffres manuscrits : deux convolutions 3x3 avec normalisation par lots apprennent une correction qu'Add ajoute à l'entrée du bloc (la connexion de saut). C'est l'idée qui permet d'entraîner des ResNets de plusieurs centaines de couches.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>A short pass</source>
      <translation>Un court passage</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>A single neuron splits the plane with one straight line. Try it on paper.</source>
      <translation>Un seul neurone partage le plan par une seule droite. Essayez sur papier.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>A small convolutional network on MNIST: 32 filters of 3 by 3 pixels slide over the image. One short pass over 20,000 digits, then the feature maps and the filters themselves.</source>
      <translation>Un petit réseau convolutif sur MNIST : 32 filtres de 3 sur 3 pixels glissent sur l'image. Un court passage sur 20 000 chiffres, puis les cartes de caractéristiques et les filtres eux-mêmes.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>A tiny learning rate</source>
      <translation>Un taux d'apprentissage minuscule</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Add Dropout</source>
      <translation>Ajouter Dropout</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>After training, what will it say for 7? Nobody showed it 7.</source>
      <translation>Après l'entraînement, que répondra-t-il pour 7 ? Personne ne lui a montré 7.</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>Ask the room before pressing Next.</source>
      <translation>Interrogez la classe avant d'appuyer sur Suivant.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Big MLP on 1,000 digits</source>
      <translation>Grand MLP sur 1 000 chiffres</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Big MLP with Dropout</source>
      <translation>Grand MLP avec Dropout</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Borrowed eyes</source>
      <translation>Des yeux empruntés</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Both work. Shrinking the inputs keeps the learning rate and fixes every step at once.</source>
      <translation>Les deux fonctionnent. Réduire les entrées conserve le taux d'apprentissage et corrige chaque pas d'un coup.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Can one straight line put (0,1) and (1,0) on one side and (0,0) and (1,1) on the other?</source>
      <translation>Une seule droite peut-elle mettre (0,1) et (1,0) d'un côté, et (0,0) et (1,1) de l'autre ?</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Change the sample (or press Random) and watch the same filters respond to another digit.</source>
      <translation>Changez d'échantillon (ou appuyez sur Aléatoire) et observez les mêmes filtres réagir à un autre chiffre.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Colour by gradient</source>
      <translation>Colorer selon le gradient</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Convolutions: what a CNN sees in a digit</source>
      <translation>Convolutions : ce qu'un CNN voit dans un chiffre</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Dead units</source>
      <translation>Unités mortes</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Draw a digit with the mouse. Does the network read your handwriting as well as the test set's?</source>
      <translation>Dessinez un chiffre à la souris. Le réseau lit-il votre écriture aussi bien que celle de l'ensemble de test ?</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Each row is a true class, each column what the network said. The diagonal is right. Click a cell to see its pictures: is it fooled by a colour, a small shape, a shape near the edge?</source>
      <translation>Chaque ligne est une vraie classe, chaque colonne ce que le réseau a répondu. La diagonale est juste. Cliquez sur une cellule pour voir ses images : se laisse-t-il tromper par une couleur, une petite forme, une forme près du bord ?</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Each small picture is one filter's answer over the whole digit: bright where its pattern is. Some find left edges, some top edges, some the stroke itself. Max pooling then keeps the strongest answer in each 2 by 2 block.</source>
      <translation>Chaque petite image est la réponse d'un filtre sur tout le chiffre : claire là où se trouve son motif. Certains trouvent les bords gauches, d'autres les bords supérieurs, d'autres le trait lui-même. Le max pooling garde ensuite la réponse la plus forte de chaque bloc de 2 sur 2.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Eight units</source>
      <translation>Huit unités</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Enough?</source>
      <translation>Suffisant ?</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Exclusive or, the smallest problem a single neuron cannot solve: first one neuron fails, then two hidden ReLU units get stuck, then eight units solve it.</source>
      <translation>Le ou exclusif, le plus petit problème qu'un seul neurone ne peut pas résoudre : d'abord un neurone échoue, puis deux unités ReLU cachées restent bloquées, puis huit unités le résolvent.</translation>
    </message>
    <message>
      <location filename="presets/xor.json" line="0" />
      <source>Exclusive or: the smallest problem a single neuron cannot solve, so it needs a hidden layer. With only 2 hidden ReLU units one often dies (outputs 0 for every input) and the network is stuck, so this design uses 8 hidden units and Adam at lr 0.05 instead of 0.001: the spare units make a dead one harmless and the larger rate finishes in a few hundred epochs.</source>
      <translation>Le ou exclusif : le plus petit problème qu'un seul neurone ne peut pas résoudre, il faut donc une couche cachée. Avec seulement 2 unités ReLU cachées, l'une meurt souvent (elle sort 0 pour toute entrée) et le réseau reste bloqué ; cette conception utilise donc 8 unités cachées et Adam avec lr 0,05 au lieu de 0,001 : les unités en réserve rendent une unité morte inoffensive et le taux plus grand termine en quelques centaines d'époques.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Feature maps</source>
      <translation>Cartes de caractéristiques</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Features learnt from a million photos are better than any that 63 pictures could teach; training them here would only bend them towards our few pictures. And it is fast: the features of each picture are the same in every epoch.</source>
      <translation>Des caractéristiques apprises sur un million de photos valent mieux que toutes celles que 63 images pourraient enseigner ; les entraîner ici ne ferait que les tordre vers nos quelques images. Et c'est rapide : les caractéristiques de chaque image sont les mêmes à chaque époque.</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>File &gt; Collect Images: name a class, hold the button, move the object before the camera. Use these images trains on them at once. Or point the dataset at a folder with one sub-folder per class.</source>
      <translation>Fichier &gt; Collecter des images : nommez une classe, maintenez le bouton enfoncé, bougez l'objet devant la caméra. « Utiliser ces images » lance aussitôt l'entraînement sur elles. Ou faites pointer le jeu de données vers un dossier contenant un sous-dossier par classe.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Filters that slide</source>
      <translation>Des filtres qui glissent</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Five passes over the 60,000 digits. Watch the loss fall fast, then slowly: the learning rate is lowered towards the end. Then the 10,000 test digits, never seen in training, are read.</source>
      <translation>Cinq passages sur les 60 000 chiffres. Observez la perte chuter vite, puis lentement : le taux d'apprentissage est abaissé vers la fin. Puis les 10 000 chiffres de test, jamais vus à l'entraînement, sont lus.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Four points, two classes</source>
      <translation>Quatre points, deux classes</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>Guess first</source>
      <translation>Devinez d'abord</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Handwritten digits with a multilayer perceptron</source>
      <translation>Chiffres manuscrits avec un perceptron multicouche</translation>
    </message>
    <message>
      <location filename="presets/mnist_cnn.json" line="0" />
      <source>Handwritten digits with a small convolutional network: 32 3x3 filters look for strokes anywhere in the image, max pooling halves the resolution, then a dense layer of 128 units and 10 class probabilities. Beats the multilayer perceptron with fewer weights per feature.</source>
      <translation>Chiffres manuscrits avec un petit réseau convolutif : 32 filtres 3x3 cherchent des traits n'importe où dans l'image, le max pooling divise la résolution par deux, puis une couche dense de 128 unités et 10 probabilités de classe. Fait mieux que le perceptron multicouche avec moins de poids par caractéristique.</translation>
    </message>
    <message>
      <location filename="presets/mnist_mlp.json" line="0" />
      <source>Handwritten digits with one hidden layer of 128 units: flatten the 28x28 image, a dense ReLU layer, then 10 class probabilities. Reaches about 98% test accuracy in 5 epochs; a cosine schedule lowers the learning rate towards the end, which settles the last few tenths of a percent.</source>
      <translation>Chiffres manuscrits avec une couche cachée de 128 unités : aplatir l'image 28x28, une couche ReLU dense, puis 10 probabilités de classe. Atteint environ 98 % d'exactitude de test en 5 époques ; une planification cosinus abaisse le taux d'apprentissage vers la fin, ce qui règle les derniers dixièmes de pour cent.</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>Hello, neuron</source>
      <translation>Bonjour, neurone</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>How Teachable Machine and its cousins learn from a few dozen pictures: a network already trained on ImageNet's 1.2 million photos turns each picture into features, and only a small layer after it learns your classes. Here on 90 bundled pictures of circles, squares and triangles; then on the class's own.</source>
      <translation>Comment Teachable Machine et ses cousins apprennent à partir de quelques dizaines d'images : un réseau déjà entraîné sur les 1,2 million de photos d'ImageNet transforme chaque image en caractéristiques, et seule une petite couche placée après lui apprend vos classes. Ici sur 90 images fournies de cercles, de carrés et de triangles ; puis sur celles de votre classe.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Inside the network</source>
      <translation>À l'intérieur du réseau</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>It answers 14 for 7: it found w = 2 and b = 0, the rule behind the examples. Try other numbers in Try it.</source>
      <translation>Il répond 14 pour 7 : il a trouvé w = 2 et b = 0, la règle derrière les exemples. Essayez d'autres nombres dans « Essayer ».</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>It learned the rule</source>
      <translation>Il a appris la règle</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Learning by heart</source>
      <translation>Apprendre par cœur</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Learning rate 0.0003: safe, tiny steps.</source>
      <translation>Taux d'apprentissage 0,0003 : des pas sûrs, minuscules.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Learning rate 0.05: big enough to make progress, small enough not to overshoot.</source>
      <translation>Taux d'apprentissage 0,05 : assez grand pour progresser, assez petit pour ne pas dépasser le but.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Learning rate 3: every step jumps far past the bottom of the valley.</source>
      <translation>Taux d'apprentissage 3 : chaque pas saute bien au-delà du fond de la vallée.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Learning rate: too high, too low, just right</source>
      <translation>Taux d'apprentissage : trop élevé, trop faible, juste ce qu'il faut</translation>
    </message>
    <message>
      <location filename="presets/linear_regression.json" line="0" />
      <source>Linear regression</source>
      <translation>Régression linéaire</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Linear regression on raw inputs</source>
      <translation>Régression linéaire sur entrées brutes</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Linear regression, and why raw SGD diverges</source>
      <translation>Régression linéaire, et pourquoi la SGD brute diverge</translation>
    </message>
    <message>
      <location filename="presets/mnist_cnn.json" line="0" />
      <source>MNIST convolutional network</source>
      <translation>Réseau convolutif MNIST</translation>
    </message>
    <message>
      <location filename="presets/mnist_mlp.json" line="0" />
      <source>MNIST multilayer perceptron</source>
      <translation>Perceptron multicouche MNIST</translation>
    </message>
    <message>
      <location filename="presets/mnist_resnet.json" line="0" />
      <source>MNIST residual network</source>
      <translation>Réseau résiduel MNIST</translation>
    </message>
    <message>
      <location filename="presets/mnist_lstm.json" line="0" />
      <source>MNIST rows through an LSTM</source>
      <translation>Lignes MNIST à travers un LSTM</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>MNIST: 28 by 28 grey pictures of handwritten digits, 60,000 to learn from and 10,000 kept aside to test on. Flatten turns each picture into one row of 784 numbers.</source>
      <translation>MNIST : des images en niveaux de gris de 28 sur 28 représentant des chiffres manuscrits, 60 000 pour apprendre et 10 000 mises de côté pour tester. Flatten transforme chaque image en une ligne de 784 nombres.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Many weights, few examples</source>
      <translation>Beaucoup de poids, peu d'exemples</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>Meet the neuron</source>
      <translation>À la rencontre du neurone</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>New weights again, the same seed.</source>
      <translation>De nouveaux poids encore, avec la même graine.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>New weights from the same seed, so the runs are comparable.</source>
      <translation>De nouveaux poids issus de la même graine, pour que les exécutions soient comparables.</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Ninety pictures</source>
      <translation>Quatre-vingt-dix images</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Now every layer is blue and the network separates the moons.</source>
      <translation>Maintenant, chaque couche est bleue et le réseau sépare les lunes.</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Now the loss falls smoothly, and the neuron predicts 301 for 150: it found y = 2x + 1.</source>
      <translation>La perte baisse maintenant régulièrement, et le neurone prédit 301 pour 150 : il a trouvé y = 2x + 1.</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Now your own</source>
      <translation>Maintenant, les vôtres</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Once the picture is one long row of numbers, does the network still know which pixels were neighbours?</source>
      <translation>Une fois l'image devenue une longue ligne de nombres, le réseau sait-il encore quels pixels étaient voisins ?</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>One input, one neuron, one output. The neuron computes w times x plus b; it starts with random w and b. We show it five examples: 1 gives 2, 2 gives 4, ... 5 gives 10.</source>
      <translation>Une entrée, un neurone, une sortie. Le neurone calcule w fois x plus b ; il commence avec w et b aléatoires. Nous lui montrons cinq exemples : 1 donne 2, 2 donne 4, ... 5 donne 10.</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>One neuron fits y = 2x + 1 on x = 0..99. Plain SGD at lr 0.01 on the raw x (values up to 99) overshoots and the loss becomes NaN, so this design standardises the inputs (dataset option normalize: x minus its mean, over its standard deviation), which lets the same SGD at lr 0.01 converge. Then it predicts 301 for 150.</source>
      <translation>Un neurone ajuste y = 2x + 1 sur x = 0..99. La SGD simple avec lr 0,01 sur le x brut (valeurs jusqu'à 99) dépasse le but et la perte devient NaN ; cette conception standardise donc les entrées (option du jeu de données normalize : x moins sa moyenne, divisé par son écart type), ce qui permet à la même SGD avec lr 0,01 de converger. Il prédit alors 301 pour 150.</translation>
    </message>
    <message>
      <location filename="presets/hello_neuron.json" line="0" />
      <source>One neuron learns y = 2x from five examples (x = 1..5). The 'hello world' of neural networks: after training it predicts 14 for 7, a value it never saw.</source>
      <translation>Un neurone apprend y = 2x à partir de cinq exemples (x = 1..5). Le « hello world » des réseaux de neurones : après l'entraînement, il prédit 14 pour 7, une valeur qu'il n'a jamais vue.</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>One neuron learns y = 2x from five examples, then answers for a number it never saw.</source>
      <translation>Un neurone apprend y = 2x à partir de cinq exemples, puis répond pour un nombre qu'il n'a jamais vu.</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>One neuron, y = w x + b, plain SGD at learning rate 0.01. The inputs are x = 0 to 99, as they come.</source>
      <translation>Un neurone, y = w x + b, SGD simple avec un taux d'apprentissage de 0,01. Les entrées sont x = 0 à 99, telles quelles.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>One pass is already enough to read most digits: the filters are shared, so each is trained at every position of every image.</source>
      <translation>Un seul passage suffit déjà à lire la plupart des chiffres : les filtres sont partagés, donc chacun est entraîné à chaque position de chaque image.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>One sigmoid neuron: it can only draw one straight line.</source>
      <translation>Un neurone sigmoïde : il ne peut tracer qu'une seule droite.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>One straight line?</source>
      <translation>Une seule droite ?</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>One test digit going through the network: the 128 hidden units, then the 10 output probabilities. Pick another sample and watch which units light up.</source>
      <translation>Un chiffre de test traverse le réseau : les 128 unités cachées, puis les 10 probabilités de sortie. Choisissez un autre échantillon et observez quelles unités s'allument.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Overfitting, and Dropout</source>
      <translation>Surapprentissage et Dropout</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Pick two feature maps. What shape in the digit makes each one bright?</source>
      <translation>Choisissez deux cartes de caractéristiques. Quelle forme du chiffre rend chacune d'elles claire ?</translation>
    </message>
    <message>
      <location filename="presets/mnist_lstm.json" line="0" />
      <source>Reads each digit one row at a time: the image becomes a sequence of 28 steps of 28 pixels, and an LSTM with 64 units carries a memory from row to row. Its last state classifies the digit. A first recurrent network.</source>
      <translation>Lit chaque chiffre une ligne à la fois : l'image devient une séquence de 28 pas de 28 pixels, et un LSTM de 64 unités transporte une mémoire d'une ligne à l'autre. Son dernier état classe le chiffre. Un premier réseau récurrent.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Rows are the true digits, columns what the network said. Nearly everything sits on the diagonal. Click a cell off the diagonal to see the digits it got wrong: 4 and 9, 3 and 5, 7 and 2.</source>
      <translation>Les lignes sont les vrais chiffres, les colonnes ce que le réseau a répondu. Presque tout se trouve sur la diagonale. Cliquez sur une cellule hors de la diagonale pour voir les chiffres sur lesquels il s'est trompé : 4 et 9, 3 et 5, 7 et 2.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>Select the Conv2d card to see its 32 filters as 3 by 3 pictures: positive weights in one colour, negative in the other. An edge detector has a bright side and a dark side.</source>
      <translation>Sélectionnez la vignette Conv2d pour voir ses 32 filtres sous forme d'images de 3 sur 3 : les poids positifs d'une couleur, les négatifs de l'autre. Un détecteur de bords a un côté clair et un côté sombre.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Seventy thousand digits</source>
      <translation>Soixante-dix mille chiffres</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Side by side</source>
      <translation>Côte à côte</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Sigmoid vs ReLU in a deep network</source>
      <translation>Sigmoid contre ReLU dans un réseau profond</translation>
    </message>
    <message>
      <location filename="presets/simple_sigmoid.json" line="0" />
      <source>Simple sigmoid network</source>
      <translation>Réseau sigmoïde simple</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Six ReLU layers</source>
      <translation>Six couches ReLU</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Six Sigmoid layers</source>
      <translation>Six couches Sigmoid</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Six hidden layers of 16 ReLU units on moons, plain SGD.</source>
      <translation>Six couches cachées de 16 unités ReLU sur les lunes, SGD simple.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Six hidden layers of 16 Sigmoid units on moons, plain SGD.</source>
      <translation>Six couches cachées de 16 unités Sigmoid sur les lunes, SGD simple.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Six hidden layers of 16 sigmoid units, trained with plain SGD on two interleaved half-moons.</source>
      <translation>Six couches cachées de 16 unités sigmoïdes, entraînées par SGD simple sur deux demi-lunes imbriquées.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Six hidden layers: with sigmoid the gradient fades on its way back and the first layers barely learn; with ReLU it gets through.</source>
      <translation>Six couches cachées : avec la sigmoïde, le gradient s'estompe en revenant et les premières couches apprennent à peine ; avec ReLU, il passe.</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Standardise the inputs</source>
      <translation>Standardiser les entrées</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Start again</source>
      <translation>Recommencer</translation>
    </message>
    <message>
      <location filename="presets/your_own_pictures.json" line="0" />
      <source>Teachable Machine's idea, offline: MobileNet V3 (small), trained on ImageNet's 1.2 million photos, turns each picture into 576 features and stays frozen (trainable: none); one Linear layer learns your classes from a few dozen pictures each. It opens on a folder bundled with netbuilder (bundled:own_pictures: circles, squares and triangles, 30 of each); point the dataset's path at your own folder, one sub-folder per class, or make one with File &gt; Collect Images. The ImageNet weights come from torch's cache: the first run downloads them; for a computer without internet, fetch them once where there is, with `netbuilder weights fetch mobilenet_v3_small`.</source>
      <translation>L'idée de Teachable Machine, hors ligne : MobileNet V3 (small), entraîné sur les 1,2 million de photos d'ImageNet, transforme chaque image en 576 caractéristiques et reste gelé (trainable: none) ; une couche Linear apprend vos classes à partir de quelques dizaines d'images chacune. La leçon s'ouvre sur un dossier fourni avec netbuilder (bundled:own_pictures : cercles, carrés et triangles, 30 de chaque) ; faites pointer le chemin du jeu de données vers votre propre dossier, un sous-dossier par classe, ou créez-en un avec Fichier &gt; Collecter des images. Les poids ImageNet viennent du cache de torch : la première exécution les télécharge ; pour un ordinateur sans internet, récupérez-les une fois sur un ordinateur qui en a, avec `netbuilder weights fetch mobilenet_v3_small`.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>That is overfitting: what it learned is too specific to these 1,000 pictures.</source>
      <translation>C'est du surapprentissage : ce qu'il a appris est trop propre à ces 1 000 images.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>The Conv2d layer has 32 filters of 3 by 3 pixels. Each one slides over the whole image and answers one question everywhere: is my pattern here? The same 9 weights are used at every position.</source>
      <translation>La couche Conv2d a 32 filtres de 3 sur 3 pixels. Chacun glisse sur toute l'image et pose partout une seule question : mon motif est-il ici ? Les 9 mêmes poids servent à chaque position.</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>The Pretrained node is MobileNet V3, already trained to name 1,000 kinds of things in ImageNet's photos. Its last layer is gone: it turns any picture into 576 numbers, features such as edges, corners and curves. The Summary shows its 927,008 weights as frozen: they will not change. Only the Linear layer after it learns: 1,731 weights.</source>
      <translation>Le nœud Pretrained est MobileNet V3, déjà entraîné à nommer 1 000 sortes de choses dans les photos d'ImageNet. Sa dernière couche a été retirée : il transforme n'importe quelle image en 576 nombres, des caractéristiques comme des bords, des coins et des courbes. Le Résumé montre ses 927 008 poids comme gelés : ils ne changeront pas. Seule la couche Linear placée après lui apprend : 1 731 poids.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>The boundary panel shows the four points on the plane of the two inputs. Once the network has trained, it colours the whole plane by what the network predicts there.</source>
      <translation>Le panneau de frontière montre les quatre points sur le plan des deux entrées. Une fois le réseau entraîné, il colore tout le plan selon ce que le réseau y prédit.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>The canvas now colours each ReLU layer by how many of its units output 0 for every input. A unit whose input is negative for every point outputs 0 and gets no gradient: it is dead and never recovers.</source>
      <translation>Le canevas colore maintenant chaque couche ReLU selon la part de ses unités qui sortent 0 pour toute entrée. Une unité dont l'entrée est négative pour tous les points sort 0 et ne reçoit aucun gradient : elle est morte et ne se rétablit jamais.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>The cards will be coloured by how much gradient each layer gets: blue is plenty, red is almost none.</source>
      <translation>Les vignettes seront colorées selon le gradient que reçoit chaque couche : bleu, c'est beaucoup ; rouge, presque rien.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>The classic first network: 60,000 handwritten digits, one hidden layer of 128 units, five passes over the data, about 98% of new digits read right.</source>
      <translation>Le premier réseau classique : 60 000 chiffres manuscrits, une couche cachée de 128 unités, cinq passages sur les données, environ 98 % des nouveaux chiffres lus correctement.</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>The dataset is a folder with one sub-folder per class: 30 circles, 30 squares and 30 triangles, in every colour, size and place. 63 pictures to learn from, 27 held back to check. MNIST's networks learn from 60,000 digits.</source>
      <translation>Le jeu de données est un dossier avec un sous-dossier par classe : 30 cercles, 30 carrés et 30 triangles, de toutes les couleurs, tailles et positions. 63 images pour apprendre, 27 mises de côté pour vérifier. Les réseaux de MNIST apprennent à partir de 60 000 chiffres.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>The filters themselves</source>
      <translation>Les filtres eux-mêmes</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>The hidden layer's 128 units each weigh all 784 pixels. The output layer turns them into 10 probabilities, one per digit.</source>
      <translation>Les 128 unités de la couche cachée pondèrent chacune les 784 pixels. La couche de sortie les transforme en 10 probabilités, une par chiffre.</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>The loss became NaN (not a number). What could we change: the learning rate, or the inputs?</source>
      <translation>La perte est devenue NaN (not a number, « pas un nombre »). Que pourrions-nous changer : le taux d'apprentissage ou les entrées ?</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>The loss creeps down. Forty epochs are not enough to get anywhere.</source>
      <translation>La perte descend tout doucement. Quarante époques ne suffisent pas pour arriver à grand-chose.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>The loss falls fast and stays down: both arms are learned.</source>
      <translation>La perte chute vite et reste basse : les deux bras sont appris.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>The loss hardly moves. Which layers are learning, and which are not?</source>
      <translation>La perte bouge à peine. Quelles couches apprennent, et lesquelles non ?</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>The plane</source>
      <translation>Le plan</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>The problems list says it in words too.</source>
      <translation>La liste des problèmes le dit aussi en toutes lettres.</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>The same network and SGD, but each x becomes (x minus the mean) over the standard deviation: values around -1.7 to 1.7.</source>
      <translation>Le même réseau et la même SGD, mais chaque x devient (x moins la moyenne) divisé par l'écart type : des valeurs d'environ -1,7 à 1,7.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>The same network on the same spirals, three times, with three learning rates; then the three runs side by side.</source>
      <translation>Le même réseau sur les mêmes spirales, trois fois, avec trois taux d'apprentissage ; puis les trois exécutions côte à côte.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>The same network with 8 hidden units: if a few die, the others still draw the lines XOR needs.</source>
      <translation>Le même réseau avec 8 unités cachées : si quelques-unes meurent, les autres tracent encore les droites dont XOR a besoin.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>The same network with Dropout layers: in every training batch, 20% of the pixels and half of the hidden units are switched off at random. No unit can rely on one other unit, so the network has to learn features that work in many combinations.</source>
      <translation>Le même réseau avec des couches Dropout : dans chaque lot d'entraînement, 20 % des pixels et la moitié des unités cachées sont désactivés au hasard. Aucune unité ne peut compter sur une autre, donc le réseau doit apprendre des caractéristiques qui fonctionnent dans de nombreuses combinaisons.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>The same network with Dropout: 20% of the pixels and 50% of the hidden units are switched off at random in every training batch (never when predicting).</source>
      <translation>Le même réseau avec Dropout : 20 % des pixels et 50 % des unités cachées sont désactivés au hasard dans chaque lot d'entraînement (jamais lors de la prédiction).</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>The same neuron fits y = 2x + 1, first on raw inputs up to 99 (the loss explodes), then on standardised inputs (it converges).</source>
      <translation>Le même neurone ajuste y = 2x + 1, d'abord sur des entrées brutes allant jusqu'à 99 (la perte explose), puis sur des entrées standardisées (il converge).</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>The same six layers with ReLU: its slope is 1 wherever the unit is active, so the gradient gets through.</source>
      <translation>Les six mêmes couches avec ReLU : sa pente vaut 1 partout où l'unité est active, donc le gradient passe.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>The same with ReLU</source>
      <translation>La même chose avec ReLU</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>The three runs, overlaid: the same network, only the learning rate differs.</source>
      <translation>Les trois exécutions superposées : le même réseau, seul le taux d'apprentissage diffère.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>The training accuracy is 100%. Why is the network worse on digits it has not seen?</source>
      <translation>L'exactitude d'entraînement est de 100 %. Pourquoi le réseau est-il moins bon sur les chiffres qu'il n'a pas vus ?</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>The training loss falls more slowly and stays noisier. The validation loss ends lower and rises much less.</source>
      <translation>La perte d'entraînement baisse plus lentement et reste plus bruitée. La perte de validation finit plus bas et remonte beaucoup moins.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>The two runs overlaid: without Dropout the validation loss climbs; with Dropout it stays lower. The only change is the Dropout layers.</source>
      <translation>Les deux exécutions superposées : sans Dropout, la perte de validation grimpe ; avec Dropout, elle reste plus basse. Le seul changement, ce sont les couches Dropout.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>To keep it short we learn from the first 20,000 digits, once. The full preset trains five epochs on all 60,000.</source>
      <translation>Pour faire court, nous apprenons sur les 20 000 premiers chiffres, une seule fois. Le préréglage complet entraîne cinq époques sur les 60 000.</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>Train</source>
      <translation>Entraîner</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Train again</source>
      <translation>Entraîner à nouveau</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Train five epochs</source>
      <translation>Entraîner cinq époques</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Train forty epochs</source>
      <translation>Entraîner quarante époques</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Train on raw inputs</source>
      <translation>Entraîner sur les entrées brutes</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Train the head</source>
      <translation>Entraîner la tête</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Train the single neuron</source>
      <translation>Entraîner le neurone seul</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Train with eight units</source>
      <translation>Entraîner avec huit unités</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Train with two units</source>
      <translation>Entraîner avec deux unités</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Train: just right</source>
      <translation>Entraîner : juste ce qu'il faut</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Train: too high</source>
      <translation>Entraîner : trop élevé</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Train: too low</source>
      <translation>Entraîner : trop faible</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Twenty passes over the 63 pictures. Only the head learns, from the backbone's features. Watch the accuracy on the pictures held back as well as on the training ones.</source>
      <translation>Vingt passages sur les 63 images. Seule la tête apprend, à partir des caractéristiques du réseau de base. Observez l'exactitude sur les images mises de côté comme sur celles d'entraînement.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Two arms wound around each other. The network has two hidden layers of 32 units. The learning rate sets how big each step down the loss is.</source>
      <translation>Deux bras enroulés l'un autour de l'autre. Le réseau a deux couches cachées de 32 unités. Le taux d'apprentissage fixe la taille de chaque pas qui fait descendre la perte.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Two hidden ReLU units</source>
      <translation>Deux unités ReLU cachées</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Two hidden ReLU units: just enough in theory.</source>
      <translation>Deux unités ReLU cachées : juste assez en théorie.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Two hidden layers of 512 units (about 670,000 weights) trained on 1,000 MNIST digits; 1,000 more are held out to validate.</source>
      <translation>Deux couches cachées de 512 unités (environ 670 000 poids) entraînées sur 1 000 chiffres MNIST ; 1 000 autres sont mis de côté pour la validation.</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Two hidden layers of 512 units: about 670,000 weights. Only 1,000 digits to learn from, and 1,000 more held out to check on.</source>
      <translation>Deux couches cachées de 512 unités : environ 670 000 poids. Seulement 1 000 chiffres pour apprendre, et 1 000 autres mis de côté pour vérifier.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Two hidden units each draw a line, and the output neuron combines them. In theory that is enough for XOR.</source>
      <translation>Deux unités cachées tracent chacune une droite, et le neurone de sortie les combine. En théorie, cela suffit pour XOR.</translation>
    </message>
    <message>
      <location filename="presets/spirals.json" line="0" />
      <source>Two interleaved spirals: a classic hard 2-D problem. Two hidden layers of 32 tanh units bend the plane until the arms come apart. Watch the decision boundary wind up as it trains.</source>
      <translation>Deux spirales imbriquées : un problème 2D classique et difficile. Deux couches cachées de 32 unités tanh courbent le plan jusqu'à ce que les bras se séparent. Observez la frontière de décision s'enrouler pendant l'entraînement.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Two spirals</source>
      <translation>Deux spirales</translation>
    </message>
    <message>
      <location filename="resources/lessons/overfitting.json" line="0" />
      <source>Watch both losses. The training loss goes to almost zero: every one of the 1,000 digits is right. The validation loss falls for a few epochs, then rises: the network learns the examples by heart, not the digits.</source>
      <translation>Observez les deux pertes. La perte d'entraînement tombe presque à zéro : chacun des 1 000 chiffres est juste. La perte de validation baisse pendant quelques époques, puis remonte : le réseau apprend les exemples par cœur, pas les chiffres.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Watch the boundary bend around the points until each corner is on its side. The canvas shows how many units died: the spare ones make that harmless.</source>
      <translation>Observez la frontière se courber autour des points jusqu'à ce que chaque coin soit de son côté. Le canevas montre combien d'unités sont mortes : celles en réserve rendent cela inoffensif.</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Watch the colours: the first layers turn red. A sigmoid's slope is at most 0.25, and six of them in a row shrink the gradient about 100,000 times.</source>
      <translation>Observez les couleurs : les premières couches deviennent rouges. La pente d'une sigmoïde vaut au plus 0,25, et six à la suite réduisent le gradient d'environ 100 000 fois.</translation>
    </message>
    <message>
      <location filename="resources/lessons/hello_neuron.json" line="0" />
      <source>Watch the loss fall on the curve: each epoch nudges w and b to make the mistakes smaller.</source>
      <translation>Observez la perte baisser sur la courbe : chaque époque ajuste légèrement w et b pour réduire les erreurs.</translation>
    </message>
    <message>
      <location filename="resources/lessons/learning_rate.json" line="0" />
      <source>Watch the loss jump around instead of falling. The network ends no better than a coin.</source>
      <translation>Observez la perte sauter dans tous les sens au lieu de baisser. À la fin, le réseau ne fait pas mieux qu'un pile ou face.</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>Watch the loss. Each step's size grows with x, and x is up to 99: every update overshoots more than the last.</source>
      <translation>Observez la perte. La taille de chaque pas croît avec x, et x va jusqu'à 99 : chaque mise à jour dépasse le but davantage que la précédente.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Watch the loss: it stops falling. The best one line can do is a guess, so the neuron ends up saying about 0.5 everywhere.</source>
      <translation>Observez la perte : elle cesse de baisser. Le mieux qu'une seule droite puisse faire est de deviner ; le neurone finit donc par répondre environ 0,5 partout.</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_cnn.json" line="0" />
      <source>What do they look for?</source>
      <translation>Que cherchent-ils ?</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>What does flattening lose?</source>
      <translation>Que perd-on en aplatissant ?</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>What fixed it</source>
      <translation>Ce qui a corrigé le problème</translation>
    </message>
    <message>
      <location filename="resources/lessons/linear_regression.json" line="0" />
      <source>What went wrong?</source>
      <translation>Qu'est-ce qui n'a pas marché ?</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Which digits are confused?</source>
      <translation>Quels chiffres sont confondus ?</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Which ones does it mix up?</source>
      <translation>Lesquels confond-il ?</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Which three things in this room could we teach it to tell apart?</source>
      <translation>Quelles trois choses de cette salle pourrions-nous lui apprendre à distinguer ?</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>Why do units die?</source>
      <translation>Pourquoi des unités meurent-elles ?</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Why freeze it?</source>
      <translation>Pourquoi le geler ?</translation>
    </message>
    <message>
      <location filename="resources/lessons/sigmoid_vs_relu.json" line="0" />
      <source>Why is it stuck?</source>
      <translation>Pourquoi est-il bloqué ?</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Why keep the backbone's 927,008 weights as they are instead of training them on our 63 pictures?</source>
      <translation>Pourquoi garder tels quels les 927 008 poids du réseau de base au lieu de les entraîner sur nos 63 images ?</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>With only two units, one dead unit leaves a single line again.</source>
      <translation>Avec seulement deux unités, une unité morte ne laisse à nouveau qu'une seule droite.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>With only two units, what happens to the network when one of them dies?</source>
      <translation>Avec seulement deux unités, qu'arrive-t-il au réseau quand l'une d'elles meurt ?</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>With so few pictures a network learns them by heart: the colours, the places, the stray lines. Nothing that tells a circle from a square in a picture it has not seen.</source>
      <translation>Avec si peu d'images, un réseau les apprend par cœur : les couleurs, les positions, les traits parasites. Rien qui distingue un cercle d'un carré dans une image qu'il n'a pas vue.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>With this seed it gets stuck too. The loss stays flat.</source>
      <translation>Avec cette graine, il reste bloqué lui aussi. La perte reste plate.</translation>
    </message>
    <message>
      <location filename="presets/xor.json" line="0" />
      <source>XOR</source>
      <translation>XOR</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>XOR is 1 when exactly one input is 1. The two 1s sit on one diagonal, the two 0s on the other. This network is a single neuron: a weighted sum and a sigmoid.</source>
      <translation>XOR vaut 1 quand exactement une entrée vaut 1. Les deux 1 sont sur une diagonale, les deux 0 sur l'autre. Ce réseau est un seul neurone : une somme pondérée et une sigmoïde.</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>XOR with 2 hidden ReLU units</source>
      <translation>XOR avec 2 unités ReLU cachées</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>XOR with one neuron</source>
      <translation>XOR avec un neurone</translation>
    </message>
    <message>
      <location filename="resources/lessons/xor.json" line="0" />
      <source>XOR: why one neuron is not enough</source>
      <translation>XOR : pourquoi un neurone ne suffit pas</translation>
    </message>
    <message>
      <location filename="presets/your_own_pictures.json" line="0" />
      <source>Your own pictures</source>
      <translation>Vos propres images</translation>
    </message>
    <message>
      <location filename="resources/lessons/your_own_pictures.json" line="0" />
      <source>Your own pictures: borrowing a network's eyes</source>
      <translation>Vos propres images : emprunter les yeux d'un réseau</translation>
    </message>
    <message>
      <location filename="resources/lessons/mnist_mlp.json" line="0" />
      <source>Your turn</source>
      <translation>À vous</translation>
    </message>
  </context>
  <context>
    <name>netbuilder</name>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="55" />
      <source> (it defines no nn.Module class)</source>
      <translation> (il ne définit aucune classe nn.Module)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="54" />
      <source> (its nn.Module classes: {found})</source>
      <translation> (ses classes nn.Module : {found})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="56" />
      <source> (or to 1: two classes can share one output)</source>
      <translation> (ou à 1 : deux classes peuvent partager une sortie)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/summary.py" line="85" />
      <source> (too much: training would be refused)</source>
      <translation> (trop : l'entraînement serait refusé)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="274" />
      <source> ({share} of class {name})</source>
      <translation> ({share} de la classe {name})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="46" />
      <source> For two classes and one output use the bce loss.</source>
      <translation> Pour deux classes et une sortie, utilisez la perte bce.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="206" />
      <source> Last epoch: {scores}.</source>
      <translation> Dernière époque : {scores}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="72" />
      <source> TensorBoard logs: {folder}</source>
      <translation> Journaux TensorBoard : {folder}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="279" />
      <source> The weights were put back to those at the end of epoch {epoch}.</source>
      <translation> Les poids ont été remis à ceux de la fin de l'époque {epoch}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="280" />
      <source> The weights were put back to those at the start of the run.</source>
      <translation> Les poids ont été remis à ceux du début de l'exécution.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="217" />
      <source> There is no validation split, so early stopping watched {key} instead of {monitor}.</source>
      <translation> Il n'y a pas d'ensemble de validation, donc l'arrêt précoce a surveillé {key} au lieu de {monitor}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="217" />
      <source> after epoch {epoch}</source>
      <translation> après l'époque {epoch}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/vision.py" line="44" />
      <source> and downloading it failed ({exc})</source>
      <translation> et son téléchargement a échoué ({exc})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="215" />
      <source> during epoch {epoch} (after batch {batches})</source>
      <translation> pendant l'époque {epoch} (après le lot {batches})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="201" />
      <source> in layer '{target}'</source>
      <translation> dans la couche '{target}'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="200" />
      <source> in {label}</source>
      <translation> dans {label}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="50" />
      <source>&amp;Copy</source>
      <translation>&amp;Copier</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="53" />
      <source>&amp;Delete</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="123" />
      <source>&amp;Edit</source>
      <translation>É&amp;dition</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="56" />
      <source>&amp;Evaluate on Test Split</source>
      <translation>É&amp;valuer sur l'ensemble de test</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="108" />
      <source>&amp;Export</source>
      <translation>E&amp;xporter</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="98" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="71" />
      <source>&amp;Find a Layer</source>
      <translation>&amp;Rechercher une couche</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="57" />
      <source>&amp;Fit to View</source>
      <translation>&amp;Ajuster à la vue</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="77" />
      <source>&amp;Go to the Canvas</source>
      <translation>Aller au &amp;canevas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/language.py" line="47" />
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="147" />
      <source>&amp;Lessons</source>
      <translation>L&amp;eçons</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="39" />
      <source>&amp;New</source>
      <translation>&amp;Nouveau</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="79" />
      <source>&amp;Next Step</source>
      <translation>Étape &amp;suivante</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="40" />
      <source>&amp;Open…</source>
      <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="51" />
      <source>&amp;Paste</source>
      <translation>C&amp;oller</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="52" />
      <source>&amp;Pause / Resume</source>
      <translation>&amp;Pause / Reprise</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="61" />
      <source>&amp;Presentation</source>
      <translation>P&amp;résentation</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="81" />
      <source>&amp;Previous Step</source>
      <translation>Étape &amp;précédente</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="48" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="80" />
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="60" />
      <source>&amp;Reset Panels</source>
      <translation>Réinitialiser les &amp;panneaux</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="55" />
      <source>&amp;Reset Weights</source>
      <translation>Réinitialiser les p&amp;oids</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="46" />
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="54" />
      <source>&amp;Stop</source>
      <translation>&amp;Arrêter</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="50" />
      <source>&amp;Train</source>
      <translation>En&amp;traîner</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="66" />
      <source>&amp;Training</source>
      <translation>&amp;Entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="77" />
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="128" />
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="73" />
      <source>&amp;Worksheet (PDF)…</source>
      <translation>&amp;Fiche d'exercices (PDF)…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="174" />
      <source>'{key}' is not name or description</source>
      <translation>'{key}' n'est ni name ni description</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="81" />
      <source>'{name}'</source>
      <translation>'{name}'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="67" />
      <source>'{name}' must be a number, not {value}</source>
      <translation>'{name}' doit être un nombre, pas {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/fields.py" line="64" />
      <source>'{name}' must be a number; '{text}' is not</source>
      <translation>'{name}' doit être un nombre ; '{text}' n'en est pas un</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="72" />
      <source>'{name}' must be a whole number or a list of whole numbers, not {value}</source>
      <translation>'{name}' doit être un nombre entier ou une liste de nombres entiers, pas {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="63" />
      <source>'{name}' must be a whole number, not {value}</source>
      <translation>'{name}' doit être un nombre entier, pas {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="54" />
      <source>'{name}' must be a word or a file's path, not {value}</source>
      <translation>'{name}' doit être un mot ou le chemin d'un fichier, pas {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="89" />
      <source>'{name}' must be at least {min:g}; it is {value}</source>
      <translation>'{name}' doit valoir au moins {min:g} ; il vaut {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="91" />
      <source>'{name}' must be at most {max:g}; it is {value}</source>
      <translation>'{name}' doit valoir au plus {max:g} ; il vaut {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="59" />
      <source>'{name}' must be one of {choices}; it is {value}</source>
      <translation>'{name}' doit être l'une des valeurs {choices} ; il vaut {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="50" />
      <source>'{name}' must be true or false, not {value}</source>
      <translation>'{name}' doit être true ou false, pas {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="76" />
      <source>'{name}' must hold whole numbers only, not {item}</source>
      <translation>'{name}' ne doit contenir que des nombres entiers, pas {item}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="48" />
      <source>'{name}' needs a value</source>
      <translation>'{name}' nécessite une valeur</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/fields.py" line="67" />
      <source>'{name}' takes one whole number; '{text}' is not</source>
      <translation>'{name}' prend un seul nombre entier ; '{text}' n'en est pas un</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/fields.py" line="62" />
      <source>'{name}' takes whole numbers such as {example}; '{text}' is not</source>
      <translation>'{name}' prend des nombres entiers comme {example} ; '{text}' n'en est pas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="81" />
      <source>'{name}' {items} describes {count:.3g} values per sample, more than any computer holds (at most {limit:.3g})</source>
      <translation>'{name}' {items} décrit {count:.3g} valeurs par échantillon, plus qu'aucun ordinateur ne peut en contenir (au plus {limit:.3g})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="51" />
      <source>'{text}' is a device name on Windows, so no folder can have it: choose another name</source>
      <translation>'{text}' est un nom de périphérique sous Windows, aucun dossier ne peut donc le porter : choisissez un autre nom</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/gallery.py" line="209" />
      <source>(cannot be read: {problem})</source>
      <translation>(illisible : {problem})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="154" />
      <source>(not set)</source>
      <translation>(non défini)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="146" />
      <source>(now {rate})</source>
      <translation>(actuellement {rate})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="276" />
      <source>, correct</source>
      <translation>, correct</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/memory.py" line="170" />
      <source>, or raise the limit</source>
      <translation>, ou relevez la limite</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="100" />
      <source>--metric {metric}: a sweep ranks trials by one of {names}</source>
      <translation>--metric {metric} : un balayage classe les essais selon l'une des métriques {names}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_checks.py" line="30" />
      <source>--metric {metric}: a {task} design measures {task_monitors}</source>
      <translation>--metric {metric} : une conception {task} mesure {task_monitors}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="133" />
      <source>--sampler {sampler}: use tpe or random</source>
      <translation>--sampler {sampler} : utilisez tpe ou random</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="126" />
      <source>--storage {url}: cannot open it ({why})</source>
      <translation>--storage {url} : impossible de l'ouvrir ({why})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="114" />
      <source>--storage {url}: write a database URL, e.g. sqlite:///{url} for a file here</source>
      <translation>--storage {url} : indiquez l'URL d'une base de données, par ex. sqlite:///{url} pour un fichier ici</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="286" />
      <source>--trials must be a whole number of at least 1, not {trials!r}</source>
      <translation>--trials doit être un nombre entier d'au moins 1, pas {trials!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="34" />
      <source>0% dead</source>
      <translation>0 % mortes</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="34" />
      <source>0% saturated</source>
      <translation>0 % saturées</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="154" />
      <source>1 batch</source>
      <translation>1 lot</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="80" />
      <source>1/{n:,} of the largest</source>
      <translation>1/{n:,} du maximum</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="34" />
      <source>100%</source>
      <translation>100 %</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="34" />
      <source>100% dead</source>
      <translation>100 % mortes</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="413" />
      <source>; forward() does not use {names}</source>
      <translation>; forward() n'utilise pas {names}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="140" />
      <source>; resized and centre-cropped as {model}'s ImageNet weights expect</source>
      <translation>; redimensionnées et recadrées au centre comme l'attendent les poids ImageNet de {model}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="138" />
      <source>; resized and centre-cropped as {model}'s ImageNet weights expect, normalised with ImageNet's mean and std</source>
      <translation>; redimensionnées et recadrées au centre comme l'attendent les poids ImageNet de {model}, normalisées avec la moyenne et l'écart type d'ImageNet</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="106" />
      <source>; {sentence}</source>
      <translation>; {sentence}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="128" />
      <source>; {skipped} link out of the folder, back into it or to what is not a file were not followed</source>
      <translation>; {skipped} lien sortant du dossier, y revenant ou menant à autre chose qu'un fichier n'a pas été suivi</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="131" />
      <source>; {skipped} links out of the folder, back into it or to what is not a file were not followed</source>
      <translation>; {skipped} liens sortant du dossier, y revenant ou menant à autre chose qu'un fichier n'ont pas été suivis</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="368" />
      <source>&lt;b&gt;Design&lt;/b&gt;&amp;nbsp; {name}</source>
      <translation>&lt;b&gt;Conception&lt;/b&gt;&amp;nbsp; {name}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="162" />
      <source>&lt;b&gt;Runs&lt;/b&gt;</source>
      <translation>&lt;b&gt;Exécutions&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="282" />
      <source>&lt;b&gt;Which setting mattered&lt;/b&gt;</source>
      <translation>&lt;b&gt;Quel réglage a compté&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="152" />
      <source>&lt;b&gt;{suggested}&lt;/b&gt;{now}. It is {rule}.{said}&lt;br&gt;Tried {tried} on a copy of the weights, thrown away after: the network and its runs are as they were. {ended} &lt;i&gt;Use it&lt;/i&gt; sets the design's learning rate; Undo puts the old one back.</source>
      <translation>&lt;b&gt;{suggested}&lt;/b&gt;{now}. C'est {rule}.{said}&lt;br&gt;Taux essayés : {tried}, sur une copie des poids jetée ensuite : le réseau et ses exécutions sont restés tels quels. {ended} &lt;i&gt;Utiliser&lt;/i&gt; règle le taux d'apprentissage de la conception ; Annuler remet l'ancien.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/items.py" line="131" />
      <source>&lt;p&gt;&lt;b&gt;Health:&lt;/b&gt; {text}&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Santé :&lt;/b&gt; {text}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="74" />
      <source>A PDF to hand out: the network, its summary, settings, curves and the lesson's questions</source>
      <translation>Un PDF à distribuer : le réseau, son résumé, ses réglages, ses courbes et les questions de la leçon</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="152" />
      <source>A Softmax output with the mse loss learns slowly; cross_entropy is the usual loss for classifiers.</source>
      <translation>Une sortie Softmax avec la perte mse apprend lentement ; cross_entropy est la perte habituelle des classifieurs.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/followers.py" line="153" />
      <source>A decision boundary needs 1 or 2 inputs; this network has {n:,}.</source>
      <translation>Une frontière de décision nécessite 1 ou 2 entrées ; ce réseau en a {n:,}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="45" />
      <source>A fully connected (dense) layer: every output is a weighted sum of all inputs plus a bias. The workhorse of most networks; follow it with an activation such as ReLU. It acts on the last dimension, so put a Flatten before it for images.</source>
      <translation>Une couche entièrement connectée (dense) : chaque sortie est une somme pondérée de toutes les entrées plus un biais. La bête de somme de la plupart des réseaux ; faites-la suivre d'une activation comme ReLU. Elle agit sur la dernière dimension : placez donc un Flatten avant elle pour les images.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="198" />
      <source>A learned upsampling: the reverse of a strided convolution, it spreads each input value over a small patch of a larger output. Use it in decoders and generators to grow images.</source>
      <translation>Un suréchantillonnage appris : l'inverse d'une convolution à pas (stride), il répartit chaque valeur d'entrée sur une petite zone d'une sortie plus grande. Utilisez-le dans les décodeurs et les générateurs pour agrandir les images.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="161" />
      <source>A lesson someone gave you: a .json lesson or a .nblesson with its weights</source>
      <translation>Une leçon que l'on vous a donnée : une leçon .json ou un fichier .nblesson avec ses poids</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="66" />
      <source>A lookup table that turns each token number (a word or character index) into a learned vector of embedding_dim values. Put it first in a text model, then a recurrent or attention layer.</source>
      <translation>Une table de correspondance qui transforme chaque numéro de jeton (l'indice d'un mot ou d'un caractère) en un vecteur appris de embedding_dim valeurs. Placez-la en premier dans un modèle de texte, suivie d'une couche récurrente ou d'attention.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pretrained.py" line="176" />
      <source>A network already trained on ImageNet's 1.2 million photos (torchvision's resnet18, mobilenet_v3_small or efficientnet_b0) without its classifier: it turns an image into a feature vector, and a small Linear head after it learns your own classes from a few pictures.</source>
      <translation>Un réseau déjà entraîné sur les 1,2 million de photos d'ImageNet (resnet18, mobilenet_v3_small ou efficientnet_b0 de torchvision), sans son classifieur : il transforme une image en un vecteur de caractéristiques, et une petite tête Linear placée après lui apprend vos propres classes à partir de quelques images.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="116" />
      <source>A ring inside a ring (2-D, 2 classes), 1000 train / 500 test.</source>
      <translation>Un anneau dans un anneau (2D, 2 classes), 1000 d'entraînement / 500 de test.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="306" />
      <source>A run is going on: a sweep can start once it ends.</source>
      <translation>Une exécution est en cours : un balayage pourra démarrer quand elle sera terminée.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="21" />
      <source>A run is training. Stop it (its weights so far are kept in the runs list) and go on?</source>
      <translation>Une exécution est en cours d'entraînement. L'arrêter (ses poids actuels sont conservés dans la liste des exécutions) et continuer ?</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="250" />
      <source>A run or an evaluation is going on: find a learning rate when it ends</source>
      <translation>Une exécution ou une évaluation est en cours : cherchez un taux d'apprentissage quand elle sera terminée</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="97" />
      <source>A trial whose score at an epoch is worse than the median of the earlier trials at that epoch stops there (pruned): more trials in the same time</source>
      <translation>Un essai dont le score à une époque est moins bon que la médiane des essais précédents à cette époque s'arrête là (élagué) : plus d'essais dans le même temps</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="118" />
      <source>Accuracy</source>
      <translation>Exactitude</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="44" />
      <source>Accuracy curves</source>
      <translation>Courbes d'exactitude</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="55" />
      <source>Accuracy of each run</source>
      <translation>Exactitude de chaque exécution</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="19" />
      <source>Activation</source>
      <translation>Activation</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/recurrent.py" line="78" />
      <source>Activation applied at each step</source>
      <translation>Activation appliquée à chaque pas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="93" />
      <source>Activation inside the feed-forward network</source>
      <translation>Activation dans le réseau feed-forward</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="187" />
      <source>Activation memory per sample</source>
      <translation>Mémoire d'activations par échantillon</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="96" />
      <source>Activations</source>
      <translation>Activations</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="192" />
      <source>Add a class first</source>
      <translation>Ajoutez d'abord une classe</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="229" />
      <source>Add a class first, then its pictures.</source>
      <translation>Ajoutez d'abord une classe, puis ses images.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="95" />
      <source>Add class</source>
      <translation>Ajouter une classe</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="80" />
      <source>Add files…</source>
      <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/merge.py" line="15" />
      <source>Add needs equal shapes; it gets {got}. Change the layers before it so that their outputs match (same units or channels, same size).</source>
      <translation>Add nécessite des formes égales ; il reçoit {got}. Modifiez les couches qui le précèdent pour que leurs sorties correspondent (mêmes unités ou canaux, même taille).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="337" />
      <source>Add pictures</source>
      <translation>Ajouter des images</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="81" />
      <source>Add pictures you already have to the chosen class</source>
      <translation>Ajouter à la classe choisie des images que vous avez déjà</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/commands.py" line="26" />
      <source>Add {layer}</source>
      <translation>Ajouter {layer}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="241" />
      <source>Added {n} picture to {name}.</source>
      <translation>{n} image ajoutée à {name}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="242" />
      <source>Added {n} pictures to {name}.</source>
      <translation>{n} images ajoutées à {name}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/merge.py" line="41" />
      <source>Adds its inputs element by element. With a skip connection it makes a residual block: the layers in between only learn a correction, which lets deep networks train.</source>
      <translation>Additionne ses entrées élément par élément. Avec une connexion de saut, il forme un bloc résiduel : les couches intermédiaires n'apprennent qu'une correction, ce qui permet d'entraîner des réseaux profonds.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="104" />
      <source>Advice from the training run: it goes away when the run no longer shows it.</source>
      <translation>Conseil issu de l'exécution d'entraînement : il disparaît quand l'exécution ne le montre plus.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="102" />
      <source>Advice from the training run: it goes away when the run no longer shows it. Click to show {node} on the canvas.</source>
      <translation>Conseil issu de l'exécution d'entraînement : il disparaît quand l'exécution ne le montre plus. Cliquez pour afficher {node} sur le canevas.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/recurrent.py" line="84" />
      <source>Also read the sequence backwards; doubles the output size</source>
      <translation>Lire aussi la séquence à l'envers ; double la taille de sortie</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="31" />
      <source>An explanation is a hint of what the network used, not proof of why.</source>
      <translation>Une explication est un indice de ce que le réseau a utilisé, pas une preuve de ses raisons.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment.py" line="97" />
      <source>Another image of the dataset, and new random draws</source>
      <translation>Une autre image du jeu de données, et de nouveaux tirages aléatoires</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="59" />
      <source>Arrange the layers top to bottom</source>
      <translation>Disposer les couches de haut en bas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="19" />
      <source>Attention</source>
      <translation>Attention</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="81" />
      <source>Augment</source>
      <translation>Augmentation</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="24" />
      <source>Augmentation applies to image datasets</source>
      <translation>L'augmentation s'applique aux jeux de données d'images</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="58" />
      <source>Auto-&amp;Layout</source>
      <translation>Disposition &amp;automatique</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/view.py" line="197" />
      <source>Auto-layout</source>
      <translation>Disposition automatique</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/autosave.py" line="107" />
      <source>Autosave failed: {reason}</source>
      <translation>Échec de l'enregistrement automatique : {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pool.py" line="91" />
      <source>Averages each feature map down to a fixed size, whatever the input size; with output_size 1 it gives one number per channel (global average pooling), often used before the classifier.</source>
      <translation>Réduit par moyenne chaque carte de caractéristiques à une taille fixe, quelle que soit la taille d'entrée ; avec output_size 1, il donne un nombre par canal (global average pooling), souvent utilisé avant le classifieur.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="59" />
      <source>Back</source>
      <translation>Retour</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="97" />
      <source>Batch</source>
      <translation>Lot</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="86" />
      <source>Boundary</source>
      <translation>Frontière</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="65" />
      <source>C&amp;onnect To…</source>
      <translation>C&amp;onnecter à…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="195" />
      <source>CPU</source>
      <translation>CPU</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="32" />
      <source>CPU ({cores} core)</source>
      <translation>CPU ({cores} cœur)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="33" />
      <source>CPU ({cores} cores)</source>
      <translation>CPU ({cores} cœurs)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="315" />
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="37" />
      <source>CUDA (not available)</source>
      <translation>CUDA (non disponible)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="42" />
      <source>CUDA was requested but this machine has no CUDA device (torch reports none). Use --device cpu or auto.</source>
      <translation>CUDA a été demandé, mais cette machine n'a aucun périphérique CUDA (torch n'en signale aucun). Utilisez --device cpu ou auto.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="31" />
      <source>CUDA when there is a CUDA device, else the CPU</source>
      <translation>CUDA s'il y a un périphérique CUDA, sinon le CPU</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/camera_feed.py" line="140" />
      <source>Camera</source>
      <translation>Caméra</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="67" />
      <source>Canvas as &amp;PNG (2x)…</source>
      <translation>Canevas en &amp;PNG (2x)…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="65" />
      <source>Canvas as &amp;SVG…</source>
      <translation>Canevas en &amp;SVG…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect_row.py" line="45" />
      <source>Capture into this class</source>
      <translation>Capturer dans cette classe</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="204" />
      <source>Captured {n} picture into “{name}”: hold the button again for more, choose another class, or Use these images.</source>
      <translation>{n} image capturée dans « {name} » : maintenez à nouveau le bouton pour en ajouter, choisissez une autre classe, ou cliquez sur Utiliser ces images.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="206" />
      <source>Captured {n} pictures into “{name}”: hold the button again for more, choose another class, or Use these images.</source>
      <translation>{n} images capturées dans « {name} » : maintenez à nouveau le bouton pour en ajouter, choisissez une autre classe, ou cliquez sur Utiliser ces images.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/errors.py" line="36" />
      <source>Change the layer the message names, or the one before it, so that the shapes fit, and train again. Your design and the weights of earlier runs are unchanged.</source>
      <translation>Modifiez la couche que nomme le message, ou celle qui la précède, pour que les formes concordent, puis relancez l'entraînement. Votre conception et les poids des exécutions précédentes sont inchangés.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/errors.py" line="38" />
      <source>Change the setting the message names and train again.</source>
      <translation>Modifiez le réglage que nomme le message et relancez l'entraînement.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep_rows.py" line="11" />
      <source>Check at least one setting to sweep.</source>
      <translation>Cochez au moins un réglage à balayer.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/errors.py" line="39" />
      <source>Check the layer or setting the message names, change it and train again. Your design and the weights of earlier runs are unchanged.</source>
      <translation>Vérifiez la couche ou le réglage que nomme le message, modifiez-le et relancez l'entraînement. Votre conception et les poids des exécutions précédentes sont inchangés.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/errors.py" line="30" />
      <source>Choose CPU (or auto) in the device box and train again.</source>
      <translation>Choisissez CPU (ou auto) dans la liste des périphériques et relancez l'entraînement.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="109" />
      <source>Choose a dataset in the training settings (nothing to train on yet).</source>
      <translation>Choisissez un jeu de données dans les réglages d'entraînement (rien sur quoi s'entraîner pour l'instant).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="114" />
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="131" />
      <source>Class</source>
      <translation>Classe</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/common/palette.py" line="47" />
      <source>Classic</source>
      <translation>Classique</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/camera_feed.py" line="143" />
      <source>Classify what your camera sees, live</source>
      <translation>Classer en direct ce que voit votre caméra</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="134" />
      <source>Clear</source>
      <translation>Effacer</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="21" />
      <source>Click a cell to see its samples here.</source>
      <translation>Cliquez sur une cellule pour voir ses échantillons ici.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="59" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="68" />
      <source>Close the lesson: its locks are lifted; the design stays</source>
      <translation>Fermer la leçon : ses verrous sont levés ; la conception reste</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="43" />
      <source>Collect &amp;Images…</source>
      <translation>Collecter des &amp;images…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="43" />
      <source>Collect images</source>
      <translation>Collecter des images</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/colour_palette.py" line="23" />
      <source>Colour &amp;palette</source>
      <translation>&amp;Palette de couleurs</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="251" />
      <source>Colour jitter: {name} multiplied by a random factor in [1 - {name}, 1 + {name}].</source>
      <translation>Variation de couleur : {name} multiplié par un facteur aléatoire dans [1 - {name}, 1 + {name}].</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="80" />
      <source>Colour scale: each feature map its own range (per unit), one range per layer, or one range for the whole network</source>
      <translation>Échelle de couleurs : chaque carte de caractéristiques avec sa propre plage (par unité), une plage par couche, ou une plage pour tout le réseau</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="145" />
      <source>Colour the layers by a statistic of the training run (probed between batches)</source>
      <translation>Colorer les couches selon une statistique de l'exécution d'entraînement (mesurée entre les lots)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="96" />
      <source>Colours</source>
      <translation>Couleurs</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="211" />
      <source>Completed: {took}.{scores}</source>
      <translation>Terminé : {took}.{scores}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="251" />
      <source>Computing {method}…</source>
      <translation>Calcul de {method}…</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/merge.py" line="31" />
      <source>Concat along dim {dim} needs inputs that agree in every other dimension; it gets {got}.</source>
      <translation>Concat selon la dim {dim} nécessite des entrées qui concordent dans toutes les autres dimensions ; il reçoit {got}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/merge.py" line="25" />
      <source>Concat over dim {dim} does not fit inputs of shape {shape}: dim counts the batch as 0, so use 1..{rank} (or -1 for the last).</source>
      <translation>Concat selon la dim {dim} ne convient pas à des entrées de forme {shape} : dim compte le lot comme 0, utilisez donc 1..{rank} (ou -1 pour la dernière).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="90" />
      <source>Confusion</source>
      <translation>Confusion</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="48" />
      <source>Confusion matrix</source>
      <translation>Matrice de confusion</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="132" />
      <source>Confusion matrix (validation)</source>
      <translation>Matrice de confusion (validation)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="66" />
      <source>Connect the current layer's output to another layer (choose it with the arrow keys)</source>
      <translation>Connecter la sortie de la couche courante à une autre couche (choisissez-la avec les flèches)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="126" />
      <source>Connect {node} to…</source>
      <translation>Connecter {node} à…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/commands.py" line="71" />
      <source>Connect {source} to {target}</source>
      <translation>Connecter {source} à {target}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="139" />
      <source>ConvTranspose2d's output_padding must be smaller than its stride; it is {output_padding} with stride {stride}.</source>
      <translation>L'output_padding de ConvTranspose2d doit être inférieur à son stride ; il vaut {output_padding} avec un stride de {stride}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="145" />
      <source>ConvTranspose2d's padding {padding} is too large for its {kernel} kernel on an input of size {height}x{width}: the output would be empty. Use less padding.</source>
      <translation>Le padding {padding} de ConvTranspose2d est trop grand pour son noyau {kernel} sur une entrée de taille {height}x{width} : la sortie serait vide. Utilisez un padding plus petit.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="18" />
      <source>Convolution</source>
      <translation>Convolution</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="187" />
      <source>Could not find a learning rate</source>
      <translation>Impossible de trouver un taux d'apprentissage</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="115" />
      <source>Could not open the checkpoint</source>
      <translation>Impossible d'ouvrir le point de contrôle</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="198" />
      <source>Could not open the class folder</source>
      <translation>Impossible d'ouvrir le dossier de classes</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="171" />
      <source>Could not open the design</source>
      <translation>Impossible d'ouvrir la conception</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lessons.py" line="33" />
      <source>Could not open the lesson</source>
      <translation>Impossible d'ouvrir la leçon</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="189" />
      <source>Could not restore the autosaved design</source>
      <translation>Impossible de restaurer la conception enregistrée automatiquement</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="130" />
      <source>Could not save the checkpoint</source>
      <translation>Impossible d'enregistrer le point de contrôle</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="201" />
      <source>Could not save the design</source>
      <translation>Impossible d'enregistrer la conception</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="188" />
      <source>Could not save your work</source>
      <translation>Impossible d'enregistrer votre travail</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="312" />
      <source>Could not write {path}:
{error}</source>
      <translation>Impossible d'écrire {path} :
{error}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="49" />
      <source>Cu&amp;t</source>
      <translation>Co&amp;uper</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="83" />
      <source>Curves</source>
      <translation>Courbes</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="125" />
      <source>Cut</source>
      <translation>Couper</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="52" />
      <source>D&amp;uplicate</source>
      <translation>D&amp;upliquer</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="96" />
      <source>Dataset</source>
      <translation>Jeu de données</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="52" />
      <source>Decision boundary</source>
      <translation>Frontière de décision</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/commands.py" line="45" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="83" />
      <source>Delete selected</source>
      <translation>Supprimer la sélection</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="18" />
      <source>Dense</source>
      <translation>Dense</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="175" />
      <source>Design</source>
      <translation>Conception</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="99" />
      <source>Device</source>
      <translation>Périphérique</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/merge.py" line="51" />
      <source>Dimension to join along, counted with the batch dimension</source>
      <translation>Dimension de jonction, comptée avec la dimension du lot</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/activation.py" line="30" />
      <source>Dimension to normalise over, counted with the batch dimension (-1: the last)</source>
      <translation>Dimension de normalisation, comptée avec la dimension du lot (-1 : la dernière)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="90" />
      <source>Dimension to split (with the batch as 0)</source>
      <translation>Dimension à diviser (le lot étant 0)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="67" />
      <source>Dis&amp;connect…</source>
      <translation>Dé&amp;connecter…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="142" />
      <source>Disconnect {node}</source>
      <translation>Déconnecter {node}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/commands.py" line="84" />
      <source>Disconnect {source} from {target}</source>
      <translation>Déconnecter {source} de {target}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="225" />
      <source>Diverged: {message}</source>
      <translation>Divergence : {message}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="59" />
      <source>Do it</source>
      <translation>Faire</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="377" />
      <source>Do this step's action again</source>
      <translation>Refaire l'action de cette étape</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="266" />
      <source>Done: {n} trial.</source>
      <translation>Terminé : {n} essai.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="266" />
      <source>Done: {n} trials.</source>
      <translation>Terminé : {n} essais.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="106" />
      <source>Downloading {name} into torch's cache (first use of this backbone): {size}</source>
      <translation>Téléchargement de {name} dans le cache de torch (première utilisation de ce réseau de base) : {size}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="338" />
      <source>Drag along an axis to keep the runs within a range; click the axis to clear it.</source>
      <translation>Faites glisser le long d'un axe pour garder les exécutions dans une plage ; cliquez sur l'axe pour l'effacer.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="335" />
      <source>Drag along an axis to keep the runs within a range; click the axis to clear it. Dashed: the runs cut short, {runs}: no final {metric}, so left out of the importance and the best.</source>
      <translation>Faites glisser le long d'un axe pour garder les exécutions dans une plage ; cliquez sur l'axe pour l'effacer. En pointillés : les exécutions interrompues, {runs} : pas de valeur finale de {metric}, donc exclues de l'importance et du meilleur résultat.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="68" />
      <source>Draw a digit with the mouse; Clear starts again</source>
      <translation>Dessinez un chiffre à la souris ; Effacer recommence</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="235" />
      <source>Drawing by hand needs a 28x28 image; this network takes {shape} pictures. Press Camera above to try it on what your camera sees (then Explain shows what it looked at); the activations panel shows its samples.</source>
      <translation>Le dessin à la main nécessite une image 28x28 ; ce réseau prend des images {shape}. Appuyez sur Caméra ci-dessus pour l'essayer sur ce que voit votre caméra (Expliquer montre alors ce qu'il a regardé) ; le panneau des activations montre ses échantillons.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="91" />
      <source>Dropout after attention and in the feed-forward network</source>
      <translation>Dropout après l'attention et dans le réseau feed-forward</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/recurrent.py" line="82" />
      <source>Dropout between stacked layers (needs num_layers above 1)</source>
      <translation>Dropout entre les couches empilées (nécessite num_layers supérieur à 1)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="61" />
      <source>Dropout on the attention weights during training</source>
      <translation>Dropout sur les poids d'attention pendant l'entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="151" />
      <source>Duplicate</source>
      <translation>Dupliquer</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="58" />
      <source>During training, sets a random fraction p of its inputs to zero (and scales the rest), so the network cannot rely on any single unit. Reduces overfitting; does nothing at test time.</source>
      <translation>Pendant l'entraînement, met à zéro une fraction aléatoire p de ses entrées (et met le reste à l'échelle), pour que le réseau ne puisse compter sur aucune unité isolée. Réduit le surapprentissage ; sans effet au moment du test.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="59" />
      <source>During training, switches off whole feature maps (channels) at random instead of single values, which suits convolutions whose neighbouring values are alike. Off at test time.</source>
      <translation>Pendant l'entraînement, désactive au hasard des cartes de caractéristiques (canaux) entières au lieu de valeurs isolées, ce qui convient aux convolutions dont les valeurs voisines se ressemblent. Désactivé au moment du test.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="245" />
      <source>Each image turns by a random angle in [-degrees, degrees].</source>
      <translation>Chaque image tourne d'un angle aléatoire dans [-degrees, degrees].</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="37" />
      <source>Each layer's output shape and parameters; Enter on a row selects its layer</source>
      <translation>Forme de sortie et paramètres de chaque couche ; Enter sur une ligne sélectionne sa couche</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="57" />
      <source>Each run's settings and results, one row a run</source>
      <translation>Réglages et résultats de chaque exécution, une ligne par exécution</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="72" />
      <source>Each trial trains this design with settings picked from the ranges you check, and lands in the Runs view with its curves. Ranges: &lt;i&gt;low..high&lt;/i&gt;, &lt;i&gt;low..high:log&lt;/i&gt; for rates, or choices &lt;i&gt;a,b,c&lt;/i&gt;.</source>
      <translation>Chaque essai entraîne cette conception avec des réglages tirés des plages que vous cochez, et rejoint la vue Exécutions avec ses courbes. Plages : &lt;i&gt;min..max&lt;/i&gt;, &lt;i&gt;min..max:log&lt;/i&gt; pour les taux, ou des choix &lt;i&gt;a,b,c&lt;/i&gt;.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="223" />
      <source>Early stopping: {message}{scores}</source>
      <translation>Arrêt précoce : {message}{scores}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="33" />
      <source>Embedding needs an input of shape [T] (a sequence of T token numbers); it gets {shape}. Put it right after an Input of shape [T].</source>
      <translation>Embedding nécessite une entrée de forme [T] (une séquence de T numéros de jetons) ; il reçoit {shape}. Placez-le juste après un Input de forme [T].</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="120" />
      <source>End the run after the current batch; the weights are kept</source>
      <translation>Terminer l'exécution après le lot en cours ; les poids sont conservés</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="110" />
      <source>End the sweep after the batch going on; the trials so far stay</source>
      <translation>Terminer le balayage après le lot en cours ; les essais déjà faits restent</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="33" />
      <source>Enter adds the layer after the selected one, connected to it</source>
      <translation>Enter ajoute la couche après celle qui est sélectionnée, connectée à elle</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="42" />
      <source>Enter on a run brings its weights back</source>
      <translation>Enter sur une exécution restaure ses poids</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="59" />
      <source>Enter opens the chosen one</source>
      <translation>Enter ouvre l'élément choisi</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="97" />
      <source>Epochs</source>
      <translation>Époques</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="188" />
      <source>Epochs without progress before the run stops.</source>
      <translation>Époques sans progrès avant l'arrêt de l'exécution.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="17" />
      <source>Error</source>
      <translation>Erreur</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/presentation.py" line="103" />
      <source>Esc</source>
      <translation>Esc</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="123" />
      <source>Evaluate</source>
      <translation>Évaluer</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="187" />
      <source>Evaluation failed</source>
      <translation>Échec de l'évaluation</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="34" />
      <source>Every rate of the range was tried.</source>
      <translation>Tous les taux de la plage ont été essayés.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="153" />
      <source>Every run of this session. Double-click one (or select it and press Restore) to put its final weights back.</source>
      <translation>Toutes les exécutions de cette session. Double-cliquez sur l'une d'elles (ou sélectionnez-la et appuyez sur Restaurer) pour remettre ses poids finaux.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/activation.py" line="45" />
      <source>Exact, or the faster tanh approximation</source>
      <translation>Exacte, ou l'approximation tanh, plus rapide</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="59" />
      <source>Examples and lessons</source>
      <translation>Exemples et leçons</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="46" />
      <source>Examples of the chosen cell</source>
      <translation>Exemples de la cellule choisie</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="86" />
      <source>Explain</source>
      <translation>Expliquer</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="55" />
      <source>Export a worksheet (PDF)</source>
      <translation>Exporter une fiche d'exercices (PDF)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="315" />
      <source>Export data as CSV</source>
      <translation>Exporter les données en CSV</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="81" />
      <source>Export data as CSV…</source>
      <translation>Exporter les données en CSV…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="120" />
      <source>Export failed</source>
      <translation>Échec de l'exportation</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="318" />
      <source>Export picture as PNG</source>
      <translation>Exporter l'image en PNG</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="83" />
      <source>Export picture as PNG…</source>
      <translation>Exporter l'image en PNG…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="40" />
      <source>Export the canvas as {kind}</source>
      <translation>Exporter le canevas en {kind}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="82" />
      <source>Export the design as a PyTorch script</source>
      <translation>Exporter la conception en script PyTorch</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="101" />
      <source>Export the trained model as ONNX</source>
      <translation>Exporter le modèle entraîné en ONNX</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="46" />
      <source>Export {panel} as PNG</source>
      <translation>Exporter {panel} en PNG</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="206" />
      <source>Extra rows/columns added on one side (must be below stride)</source>
      <translation>Lignes/colonnes supplémentaires ajoutées d'un côté (doit être inférieur à stride)</translation>
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
      <translation>FLOPs par échantillon</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="226" />
      <source>Failed: {message}</source>
      <translation>Échec : {message}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/backbones.py" line="142" />
      <source>Fetch them with `netbuilder weights fetch {model}` on a computer with internet (or copy the file there), or set weights to the path of a state_dict file.</source>
      <translation>Récupérez-les avec `netbuilder weights fetch {model}` sur un ordinateur connecté à internet (ou copiez-y le fichier), ou réglez weights sur le chemin d'un fichier state_dict.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="297" />
      <source>Fetching the {split} split's samples of true {true}, predicted {pred}…</source>
      <translation>Récupération des échantillons de l'ensemble {split} de classe vraie {true}, prédits {pred}…</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="109" />
      <source>Filter size: one number, or one per spatial dimension</source>
      <translation>Taille du filtre : un nombre, ou un par dimension spatiale</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="57" />
      <source>Find &amp;Learning Rate…</source>
      <translation>Trouver le &amp;taux d'apprentissage…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="77" />
      <source>Find a learning rate</source>
      <translation>Trouver un taux d'apprentissage</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="282" />
      <source>Finding a learning rate was stopped: no suggestion.</source>
      <translation>La recherche du taux d'apprentissage a été arrêtée : aucune suggestion.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="262" />
      <source>Finding a learning rate…</source>
      <translation>Recherche d'un taux d'apprentissage…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="271" />
      <source>Finding a learning rate… {done} of at most {total} batches</source>
      <translation>Recherche d'un taux d'apprentissage… {done} sur au plus {total} lots</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="295" />
      <source>Finishing…</source>
      <translation>Finalisation…</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="74" />
      <source>First dimension to flatten (with the batch as 0)</source>
      <translation>Première dimension à aplatir (le lot étant 0)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/errors.py" line="32" />
      <source>Fix the data or the dataset setting the message names, then train again. Your design and the weights of earlier runs are unchanged.</source>
      <translation>Corrigez les données ou le réglage du jeu de données que nomme le message, puis relancez l'entraînement. Votre conception et les poids des exécutions précédentes sont inchangés.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/errors.py" line="34" />
      <source>Fix the design's problem the message names (the Problems list shows it too), then train again.</source>
      <translation>Corrigez le problème de la conception que nomme le message (la liste Problèmes l'affiche aussi), puis relancez l'entraînement.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/preview.py" line="78" />
      <source>Fix the design's problems (see Problems): then the plane shows the training data and what the untrained network predicts.</source>
      <translation>Corrigez les problèmes de la conception (voir Problèmes) : le plan montrera alors les données d'entraînement et ce que prédit le réseau non entraîné.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="271" />
      <source>Fix the design's problems first ('{node}': {problem})</source>
      <translation>Corrigez d'abord les problèmes de la conception ('{node}' : {problem})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="273" />
      <source>Fix the design's problems first ({problem})</source>
      <translation>Corrigez d'abord les problèmes de la conception ({problem})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="16" />
      <source>Flatten with start_dim 0 would merge the batch; use start_dim 1.</source>
      <translation>Flatten avec start_dim 0 fusionnerait le lot ; utilisez start_dim 1.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="18" />
      <source>Flatten's start_dim {start_dim} comes after end_dim {end_dim} for an input of shape {shape}.</source>
      <translation>Le start_dim {start_dim} de Flatten vient après end_dim {end_dim} pour une entrée de forme {shape}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_tensorboard.py" line="124" />
      <source>Folder for the TensorBoard logs</source>
      <translation>Dossier des journaux TensorBoard</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="124" />
      <source>Folder:</source>
      <translation>Dossier :</translation>
    </message>
    <message>
      <location filename="netbuilder/core/errors.py" line="31" />
      <source>Follow the message to make the data available, then train again.</source>
      <translation>Suivez le message pour rendre les données disponibles, puis relancez l'entraînement.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="62" />
      <source>For a classroom: big text and lines, only the canvas and the plots (Esc leaves)</source>
      <translation>Pour la classe : textes et traits épais, seulement le canevas et les graphiques (Esc pour quitter)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="122" />
      <source>Forget what was learned: new weights from the seed</source>
      <translation>Oublier ce qui a été appris : de nouveaux poids issus de la graine</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="139" />
      <source>Fraction of the training samples held back to check progress (0 to 0.9). Empty: the default.</source>
      <translation>Fraction des échantillons d'entraînement mise de côté pour vérifier les progrès (0 à 0,9). Vide : la valeur par défaut.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="184" />
      <source>Frozen parameters</source>
      <translation>Paramètres gelés</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="254" />
      <source>Gaussian noise of this standard deviation, on pixels from 0 to 1.</source>
      <translation>Bruit gaussien de cet écart type, sur des pixels de 0 à 1.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="20" />
      <source>Grad-CAM</source>
      <translation>Grad-CAM</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="137" />
      <source>Gradients vanish on the way back through the {kind} layers: {first_id} gets a gradient {times} smaller than {best_id}'s ({first:.2g} against {best:.2g}), so the first layers barely learn. Try ReLU instead of {squashing}, or BatchNorm between the layers.</source>
      <translation>Les gradients s'évanouissent en remontant à travers les couches {kind} : {first_id} reçoit un gradient {times} plus petit que celui de {best_id} ({first:.2g} contre {best:.2g}), donc les premières couches apprennent à peine. Essayez ReLU au lieu de {squashing}, ou BatchNorm entre les couches.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="121" />
      <source>Handwritten digits 0-9, 28x28 grey, 60000 train / 10000 test.</source>
      <translation>Chiffres manuscrits 0-9, 28x28 en niveaux de gris, 60000 d'entraînement / 10000 de test.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="31" />
      <source>Health: dead ReLU units</source>
      <translation>Santé : unités ReLU mortes</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="30" />
      <source>Health: gradient norm</source>
      <translation>Santé : norme du gradient</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="30" />
      <source>Health: off</source>
      <translation>Santé : désactivée</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="31" />
      <source>Health: saturated sigmoid / tanh</source>
      <translation>Santé : sigmoïde / tanh saturées</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pool.py" line="94" />
      <source>Height and width of the result: one number or two</source>
      <translation>Hauteur et largeur du résultat : un nombre ou deux</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="113" />
      <source>Hide this dialog; a sweep going on goes on</source>
      <translation>Masquer cette boîte de dialogue ; un balayage en cours continue</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="73" />
      <source>Hold it down: up to {n} pictures a second go into the chosen class</source>
      <translation>Maintenez-le enfoncé : jusqu'à {n} images par seconde vont dans la classe choisie</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="72" />
      <source>Hold to capture</source>
      <translation>Maintenir pour capturer</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="191" />
      <source>Hold to capture into “{name}”</source>
      <translation>Maintenir pour capturer dans « {name} »</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="15" />
      <source>How fast the running mean and variance (used at test time) follow the batches</source>
      <translation>Vitesse à laquelle la moyenne et la variance courantes (utilisées au test) suivent les lots</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="242" />
      <source>How likely each image is flipped.</source>
      <translation>Probabilité que chaque image soit retournée.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="168" />
      <source>How many samples are averaged for one step.</source>
      <translation>Nombre d'échantillons moyennés pour un pas.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="219" />
      <source>How many times larger each spatial size gets</source>
      <translation>Facteur d'agrandissement de chaque taille spatiale</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="166" />
      <source>How many times the network sees the whole training set.</source>
      <translation>Nombre de fois que le réseau voit tout l'ensemble d'entraînement.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="89" />
      <source>How many trials to train (each one a run)</source>
      <translation>Nombre d'essais à entraîner (chacun est une exécution)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="23" />
      <source>How much a tiny change of each input value would change the class's score (the gradient's size)</source>
      <translation>De combien un infime changement de chaque valeur d'entrée changerait le score de la classe (la taille du gradient)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="324" />
      <source>How much of the {metric}'s spread each setting explains, from these {usable} runs (Optuna's importance).</source>
      <translation>Part de la dispersion de {metric} qu'explique chaque réglage, d'après ces {usable} exécutions (importance d'Optuna).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="28" />
      <source>How much the class's score drops when a patch of the input is blanked out: red where hiding it hurts, blue where hiding it helps</source>
      <translation>De combien le score de la classe baisse quand une zone de l'entrée est masquée : rouge là où la masquer nuit, bleu là où la masquer aide</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="159" />
      <source>How much the smoothed loss line averages over recent batches (0: off); never more than a quarter of an epoch</source>
      <translation>Sur combien de lots récents la courbe de perte lissée fait la moyenne (0 : désactivé) ; jamais plus d'un quart d'époque</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="156" />
      <source>How much the smoothed loss line averages over recent batches (0: off); never more than a quarter of an epoch. This run's epoch is {batches}: {usage}</source>
      <translation>Sur combien de lots récents la courbe de perte lissée fait la moyenne (0 : désactivé) ; jamais plus d'un quart d'époque. L'époque de cette exécution compte {batches} : {usage}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="55" />
      <source>How the explanation is computed</source>
      <translation>Comment l'explication est calculée</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="172" />
      <source>How the learning rate changes from epoch to epoch: step (divide by 10 every 10 epochs), cosine (glide down to 0), plateau (divide when progress stalls). none: constant.</source>
      <translation>Comment le taux d'apprentissage évolue d'une époque à l'autre : step (divisé par 10 toutes les 10 époques), cosine (descend en douceur jusqu'à 0), plateau (divisé quand les progrès stagnent). none : constant.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="149" />
      <source>How the weights move downhill: sgd is the plain rule, adam adapts the step per weight.</source>
      <translation>Comment les poids descendent la pente : sgd est la règle simple, adam adapte le pas pour chaque poids.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="147" />
      <source>How wrong a prediction is: mse or l1 for numbers, cross_entropy for classes, bce for yes/no. automatic: chosen from the dataset.</source>
      <translation>À quel point une prédiction est fausse : mse ou l1 pour des nombres, cross_entropy pour des classes, bce pour oui/non. automatic : choisie d'après le jeu de données.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="17" />
      <source>Info</source>
      <translation>Infos</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="18" />
      <source>Input/Output</source>
      <translation>Entrée/Sortie</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="73" />
      <source>Inspector</source>
      <translation>Inspecteur</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="20" />
      <source>Integrated Gradients</source>
      <translation>Gradients intégrés</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="118" />
      <source>Interleaved spiral arms (2-D, classes: 2 or 3), 1000 train / 500 test.</source>
      <translation>Bras de spirale imbriqués (2D, classes : 2 ou 3), 1000 d'entraînement / 500 de test.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="40" />
      <source>It is still loading its data (or finishing an evaluation), which cannot be cut short. It will stop as soon as that is done: try again in a moment.</source>
      <translation>Elle charge encore ses données (ou termine une évaluation), ce qui ne peut pas être interrompu. Elle s'arrêtera dès que ce sera fait : réessayez dans un instant.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/merge.py" line="49" />
      <source>Joins its inputs side by side along one dimension (1 = features or channels). Use it to combine branches that look at the data differently.</source>
      <translation>Joint ses entrées côte à côte selon une dimension (1 = caractéristiques ou canaux). Utilisez-le pour combiner des branches qui regardent les données différemment.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="231" />
      <source>Kept the weights of epoch {epoch} (best {monitor}: {best:.4g}).</source>
      <translation>Poids de l'époque {epoch} conservés (meilleur {monitor} : {best:.4g}).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="98" />
      <source>LR schedule</source>
      <translation>Planification du taux</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="75" />
      <source>Last dimension to flatten</source>
      <translation>Dernière dimension à aplatir</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="24" />
      <source>Layer</source>
      <translation>Couche</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="69" />
      <source>Layer &amp;Settings</source>
      <translation>&amp;Réglages de la couche</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="41" />
      <source>LayerNorm needs an input with at least one dimension; it gets a single number.</source>
      <translation>LayerNorm nécessite une entrée d'au moins une dimension ; il reçoit un seul nombre.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="72" />
      <source>Layers</source>
      <translation>Couches</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="33" />
      <source>Layers to add</source>
      <translation>Couches à ajouter</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="17" />
      <source>Learn a scale and a shift per channel after normalising</source>
      <translation>Apprendre une échelle et un décalage par canal après la normalisation</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="78" />
      <source>Learn a scale and a shift per feature</source>
      <translation>Apprendre une échelle et un décalage par caractéristique</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/recurrent.py" line="81" />
      <source>Learn additive biases</source>
      <translation>Apprendre des biais additifs</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="73" />
      <source>Learn additive biases in the projections</source>
      <translation>Apprendre des biais additifs dans les projections</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="116" />
      <source>Learn an additive bias for each output channel</source>
      <translation>Apprendre un biais additif pour chaque canal de sortie</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="50" />
      <source>Learn an additive bias for each unit</source>
      <translation>Apprendre un biais additif pour chaque unité</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="98" />
      <source>Learning rate</source>
      <translation>Taux d'apprentissage</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="153" />
      <source>Learning rate: the size of each step. Too big diverges, too small crawls.</source>
      <translation>Taux d'apprentissage : la taille de chaque pas. Trop grand, l'entraînement diverge ; trop petit, il se traîne.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/presentation.py" line="103" />
      <source>Leave presentation</source>
      <translation>Quitter la présentation</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment.py" line="262" />
      <source>Left: training image {index} of the first {pool} ({shape}); right: {copies} augmented copies</source>
      <translation>À gauche : image d'entraînement {index} parmi les {pool} premières ({shape}) ; à droite : {copies} copies augmentées</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="72" />
      <source>Length of the vector learned for each token</source>
      <translation>Longueur du vecteur appris pour chaque jeton</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="109" />
      <source>Lesson</source>
      <translation>Leçon</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="58" />
      <source>Lesson step</source>
      <translation>Étape de la leçon</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/gallery.py" line="204" />
      <source>Lesson: {title}</source>
      <translation>Leçon : {title}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lessons.py" line="75" />
      <source>Lessons with weights (*.nblesson)</source>
      <translation>Leçons avec poids (*.nblesson)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="13" />
      <source>Linear needs an input with at least one dimension; it gets a scalar.</source>
      <translation>Linear nécessite une entrée d'au moins une dimension ; il reçoit un scalaire.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="254" />
      <source>Loading the data and building the model…</source>
      <translation>Chargement des données et construction du modèle…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/preview.py" line="81" />
      <source>Loading the training data…</source>
      <translation>Chargement des données d'entraînement…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/document.py" line="123" />
      <source>Locked by the lesson: '{command}' cannot be done while the lesson is open</source>
      <translation>Verrouillé par la leçon : '{command}' est impossible tant que la leçon est ouverte</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/document.py" line="187" />
      <source>Locked by the lesson: another design cannot be opened; close the lesson first (the lesson panel's Close)</source>
      <translation>Verrouillé par la leçon : impossible d'ouvrir une autre conception ; fermez d'abord la leçon (bouton Fermer du panneau de leçon)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lesson_locks.py" line="70" />
      <source>Locked by the lesson: students do not change {setting} in this lesson.</source>
      <translation>Verrouillé par la leçon : les élèves ne modifient pas {setting} dans cette leçon.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="62" />
      <source>Locked by the lesson: the layers cannot be changed (added, deleted, connected or edited); moving them is fine</source>
      <translation>Verrouillé par la leçon : les couches ne peuvent pas être modifiées (ajoutées, supprimées, connectées ou éditées) ; vous pouvez toutefois les déplacer</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="74" />
      <source>Locked by the lesson: {settings} cannot be changed</source>
      <translation>Verrouillé par la leçon : impossible de modifier {settings}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="72" />
      <source>Locked by the lesson: {settings} cannot be changed; you may change {free}</source>
      <translation>Verrouillé par la leçon : impossible de modifier {settings} ; vous pouvez modifier {free}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plots.py" line="65" />
      <source>Log scale</source>
      <translation>Échelle logarithmique</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_tensorboard.py" line="69" />
      <source>Log to TensorBoard in</source>
      <translation>Journaliser pour TensorBoard dans</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="76" />
      <source>Look at a sample of the test split chosen at random</source>
      <translation>Examiner un échantillon de l'ensemble de test choisi au hasard</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="98" />
      <source>Loss</source>
      <translation>Perte</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="62" />
      <source>Loss at each learning rate</source>
      <translation>Perte pour chaque taux d'apprentissage</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="45" />
      <source>Loss curves</source>
      <translation>Courbes de perte</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="56" />
      <source>Loss of each run</source>
      <translation>Perte de chaque exécution</translation>
    </message>
    <message>
      <location filename="netbuilder/core/errors.py" line="29" />
      <source>Lower the batch size, or make the largest layers smaller, and train again.</source>
      <translation>Réduisez la taille de lot, ou rendez les plus grandes couches plus petites, puis relancez l'entraînement.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="267" />
      <source>Lower the learning rate</source>
      <translation>Réduire le taux d'apprentissage</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="271" />
      <source>Lower the learning rate or normalise the inputs</source>
      <translation>Réduire le taux d'apprentissage ou normaliser les entrées</translation>
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
      <translation>Donner aux réglages d'entraînement de la conception (et aux unités ou au dropout de ses couches, quand le réseau est le même) les valeurs de {run}, la meilleure selon {metric} parmi les exécutions affichées. Une seule étape d'annulation.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="216" />
      <source>Makes a feature map larger by a fixed factor without learning anything: nearest copies each value, bilinear blends neighbours smoothly. A cheap alternative to ConvTranspose2d.</source>
      <translation>Agrandit une carte de caractéristiques d'un facteur fixe sans rien apprendre : nearest copie chaque valeur, bilinear mélange les voisins en douceur. Une alternative peu coûteuse à ConvTranspose2d.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="121" />
      <source>Mean absolute error</source>
      <translation>Erreur absolue moyenne</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="198" />
      <source>Memory to train (batch {batch:,})</source>
      <translation>Mémoire pour l'entraînement (lot de {batch:,})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="19" />
      <source>Merge</source>
      <translation>Fusion</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="71" />
      <source>Method</source>
      <translation>Méthode</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/commands.py" line="120" />
      <source>Move</source>
      <translation>Déplacer</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="78" />
      <source>Move the keyboard focus to the canvas (Escape does it too)</source>
      <translation>Placer le focus clavier sur le canevas (Escape aussi)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="74" />
      <source>Move the keyboard focus to the next panel</source>
      <translation>Placer le focus clavier sur le panneau suivant</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="76" />
      <source>Move the keyboard focus to the previous panel</source>
      <translation>Placer le focus clavier sur le panneau précédent</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/interactions.py" line="110" />
      <source>Move {node}</source>
      <translation>Déplacer {node}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/interactions.py" line="111" />
      <source>Move {n} layers</source>
      <translation>Déplacer {n} couches</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="242" />
      <source>NaN</source>
      <translation>NaN</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="73" />
      <source>Ne&amp;xt Panel</source>
      <translation>Panneau &amp;suivant</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_tensorboard.py" line="17" />
      <source>Needs the tensorboard package: pip install 'netbuilder[tensorboard]'</source>
      <translation>Nécessite le paquet tensorboard : pip install 'netbuilder[tensorboard]'</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="27" />
      <source>Network canvas</source>
      <translation>Canevas du réseau</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment.py" line="95" />
      <source>New sample</source>
      <translation>Nouvel échantillon</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="83" />
      <source>New shape of one sample, without the batch dimension</source>
      <translation>Nouvelle forme d'un échantillon, sans la dimension du lot</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="59" />
      <source>Next</source>
      <translation>Suivant</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/common/camera.py" line="19" />
      <source>No camera found</source>
      <translation>Aucune caméra trouvée</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/common/camera.py" line="43" />
      <source>No camera support could load ({why})</source>
      <translation>Impossible de charger la prise en charge des caméras ({why})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_chart.py" line="28" />
      <source>No confusion matrix yet: it appears after the first validation.</source>
      <translation>Pas encore de matrice de confusion : elle apparaît après la première validation.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="359" />
      <source>No design</source>
      <translation>Aucune conception</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="280" />
      <source>No frame classified yet: Explain looks at the last one the network saw.</source>
      <translation>Aucune image classée pour l'instant : Expliquer examine la dernière que le réseau a vue.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="234" />
      <source>No improvement in {monitor} for {patience} epoch(s): stopped after epoch {last}. {kept}{note}</source>
      <translation>Aucune amélioration de {monitor} pendant {patience} époque(s) : arrêt après l'époque {last}. {kept}{note}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="286" />
      <source>No learning rate suggested</source>
      <translation>Aucun taux d'apprentissage suggéré</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="38" />
      <source>No lesson open</source>
      <translation>Aucune leçon ouverte</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment.py" line="276" />
      <source>No preview: {why}. New sample tries again.</source>
      <translation>Pas d'aperçu : {why}. Nouvel échantillon réessaie.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="80" />
      <source>No problems</source>
      <translation>Aucun problème</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="80" />
      <source>No problems in the design</source>
      <translation>Aucun problème dans la conception</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="138" />
      <source>No suggestion: the loss never fell below where it began over the rates tried ({tried}); a network trained already has little left to say. {ended} Keep the learning rate you have, or check the data and the design.</source>
      <translation>Aucune suggestion : la perte n'est jamais descendue sous son niveau de départ sur les taux essayés ({tried}) ; un réseau déjà entraîné a peu de choses à dire. {ended} Gardez votre taux d'apprentissage actuel, ou vérifiez les données et la conception.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="171" />
      <source>No summary: {reason}</source>
      <translation>Pas de résumé : {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="18" />
      <source>Normalisation</source>
      <translation>Normalisation</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="95" />
      <source>Normalise before attention and feed-forward (often trains more stably) instead of after</source>
      <translation>Normaliser avant l'attention et le feed-forward (l'entraînement est souvent plus stable) plutôt qu'après</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment.py" line="220" />
      <source>Not changed: {reason}</source>
      <translation>Non modifié : {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="68" />
      <source>Not reset: {reason}</source>
      <translation>Non réinitialisé : {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="94" />
      <source>Not restored: {reason}</source>
      <translation>Non restauré : {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="43" />
      <source>Not rewound: {reason}</source>
      <translation>Pas de retour en arrière : {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="168" />
      <source>Not set: {reason}</source>
      <translation>Non défini : {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="205" />
      <source>Not started: a run is going on; stop it first.</source>
      <translation>Non démarré : une exécution est en cours ; arrêtez-la d'abord.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="202" />
      <source>Not started: {reason}</source>
      <translation>Non démarré : {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="141" />
      <source>Not trained yet.</source>
      <translation>Pas encore entraîné.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="29" />
      <source>Nothing is selected, so these settings belong to the whole design. Click a layer on the canvas to see and change its own settings.</source>
      <translation>Rien n'est sélectionné : ces réglages concernent donc toute la conception. Cliquez sur une couche du canevas pour voir et modifier ses propres réglages.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="378" />
      <source>Nothing to do in this step: read it, then press Next</source>
      <translation>Rien à faire à cette étape : lisez-la, puis appuyez sur Suivant</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="346" />
      <source>Nothing to evaluate yet: train first.</source>
      <translation>Rien à évaluer pour l'instant : entraînez d'abord.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="184" />
      <source>Nothing to redo</source>
      <translation>Rien à rétablir</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="182" />
      <source>Nothing to undo</source>
      <translation>Rien à annuler</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="333" />
      <source>Nothing used: {reason}</source>
      <translation>Rien d'utilisé : {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="88" />
      <source>Number of attention heads; must divide the feature count</source>
      <translation>Nombre de têtes d'attention ; doit diviser le nombre de caractéristiques</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="107" />
      <source>Number of filters, i.e. output channels (feature maps)</source>
      <translation>Nombre de filtres, c.-à-d. de canaux de sortie (cartes de caractéristiques)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="201" />
      <source>Number of output channels (feature maps)</source>
      <translation>Nombre de canaux de sortie (cartes de caractéristiques)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="49" />
      <source>Number of output units (neurons)</source>
      <translation>Nombre d'unités de sortie (neurones)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="70" />
      <source>Number of parallel attention heads; must divide the feature count</source>
      <translation>Nombre de têtes d'attention parallèles ; doit diviser le nombre de caractéristiques</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/recurrent.py" line="75" />
      <source>Number of recurrent layers stacked on top of each other</source>
      <translation>Nombre de couches récurrentes empilées les unes sur les autres</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="123" />
      <source>ONNX export needs the {package} package, which is not installed: {install}</source>
      <translation>L'export ONNX nécessite le paquet {package}, qui n'est pas installé : {install}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="101" />
      <source>ONNX models (*.onnx)</source>
      <translation>Modèles ONNX (*.onnx)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="21" />
      <source>Occlusion</source>
      <translation>Occlusion</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/common/palette.py" line="47" />
      <source>Okabe-Ito (colour-blind safe)</source>
      <translation>Okabe-Ito (adaptée aux daltoniens)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary.py" line="76" />
      <source>On: each region fades toward the background where the network is unsure.
Off: hard regions, each point in the colour of the class predicted there.</source>
      <translation>Activé : chaque région s'estompe vers le fond là où le réseau est incertain.
Désactivé : régions nettes, chaque point dans la couleur de la classe prédite à cet endroit.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="85" />
      <source>One transformer block: self-attention followed by a small two-layer network, each with a residual connection and LayerNorm. Stack a few after an Embedding for sequence tasks.</source>
      <translation>Un bloc transformer : auto-attention suivie d'un petit réseau à deux couches, chacun avec une connexion résiduelle et LayerNorm. Empilez-en quelques-uns après un Embedding pour les tâches sur des séquences.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="50" />
      <source>Only one Input is supported; {inputs} are Inputs. Remove all but one.</source>
      <translation>Un seul Input est pris en charge ; {inputs} sont des Inputs. Supprimez-les tous sauf un.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="98" />
      <source>Open &amp;Class Folder…</source>
      <translation>Ouvrir un dossier de &amp;classes…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="41" />
      <source>Open &amp;Preset…</source>
      <translation>Ouvrir un &amp;préréglage…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="102" />
      <source>Open &amp;Recent</source>
      <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="160" />
      <source>Open Lesson &amp;File…</source>
      <translation>Ouvrir un &amp;fichier de leçon…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="42" />
      <source>Open a bundled example</source>
      <translation>Ouvrir un exemple fourni</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="40" />
      <source>Open a design file</source>
      <translation>Ouvrir un fichier de conception</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="173" />
      <source>Open a folder of students' work</source>
      <translation>Ouvrir un dossier de travaux d'élèves</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="167" />
      <source>Open a lesson</source>
      <translation>Ouvrir une leçon</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="26" />
      <source>Open a lesson from the Lessons menu (or a lesson file with File &gt; Open) to go through it step by step.</source>
      <translation>Ouvrez une leçon depuis le menu Leçons (ou un fichier de leçon avec Fichier &gt; Ouvrir) pour la suivre étape par étape.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/gallery.py" line="143" />
      <source>Open an example</source>
      <translation>Ouvrir un exemple</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="369" />
      <source>Open design</source>
      <translation>Ouvrir une conception</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="99" />
      <source>Open every student's work file of a folder: their runs side by side in the Runs view</source>
      <translation>Ouvrir tous les fichiers de travail d'élèves d'un dossier : leurs exécutions côte à côte dans la vue Exécutions</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="118" />
      <source>Opened the checkpoint {path}: {epochs} epochs trained, test accuracy {accuracy:.1f}%. Train goes on from these weights.</source>
      <translation>Point de contrôle {path} ouvert : {epochs} époques entraînées, exactitude de test {accuracy:.1f} %. Entraîner reprend à partir de ces poids.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="120" />
      <source>Opened the checkpoint {path}: {epochs} epochs trained. Train goes on from these weights.</source>
      <translation>Point de contrôle {path} ouvert : {epochs} époques entraînées. Entraîner reprend à partir de ces poids.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="138" />
      <source>Opened the work of {n} student ({runs} runs)</source>
      <translation>Travail de {n} élève ouvert ({runs} exécutions)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="139" />
      <source>Opened the work of {n} students ({runs} runs)</source>
      <translation>Travaux de {n} élèves ouverts ({runs} exécutions)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="97" />
      <source>Optimizer</source>
      <translation>Optimiseur</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="133" />
      <source>Order:</source>
      <translation>Ordre :</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="41" />
      <source>Outcome of the run</source>
      <translation>Résultat de l'exécution</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/recurrent.py" line="85" />
      <source>Output every step [T, H] instead of only the last one [H]</source>
      <translation>Sortir chaque pas [T, H] au lieu du dernier seulement [H]</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="24" />
      <source>Output shape</source>
      <translation>Forme de sortie</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="55" />
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="318" />
      <source>PNG images (*.png)</source>
      <translation>Images PNG (*.png)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="48" />
      <source>PNG pictures (*.png)</source>
      <translation>Images PNG (*.png)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="112" />
      <source>Panel as PNG (2x)</source>
      <translation>Panneau en PNG (2x)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="24" />
      <source>Parameters</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="180" />
      <source>Parameters that learn: {total:,}</source>
      <translation>Paramètres qui apprennent : {total:,}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="179" />
      <source>Parameters that learn: {total:,} (and {frozen:,} frozen)</source>
      <translation>Paramètres qui apprennent : {total:,} (et {frozen:,} gelés)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="145" />
      <source>Paste</source>
      <translation>Coller</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="309" />
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="119" />
      <source>Pause after the current batch (Resume goes on)</source>
      <translation>Mettre en pause après le lot en cours (Reprendre continue)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="75" />
      <source>Paused after one batch {where}. Step trains one batch more; Resume goes on.{logs}</source>
      <translation>En pause après un lot {where}. Pas à pas entraîne un lot de plus ; Reprendre continue.{logs}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="78" />
      <source>Paused before the first batch {where}. Step trains one batch more; Resume goes on.{logs}</source>
      <translation>En pause avant le premier lot {where}. Pas à pas entraîne un lot de plus ; Reprendre continue.{logs}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="59" />
      <source>Paused. Resume goes on; Step trains exactly one batch and pauses again.</source>
      <translation>En pause. Reprendre continue ; Pas à pas entraîne exactement un lot puis se remet en pause.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="32" />
      <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff);;All files (*)</source>
      <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="18" />
      <source>Pooling</source>
      <translation>Pooling</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="75" />
      <source>Pre&amp;vious Panel</source>
      <translation>Panneau &amp;précédent</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="47" />
      <source>Precision, recall and F1 of each class</source>
      <translation>Précision, rappel et F1 de chaque classe</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_chart.py" line="325" />
      <source>Predicted class</source>
      <translation>Classe prédite</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="51" />
      <source>Predicted probabilities</source>
      <translation>Probabilités prédites</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/presentation.py" line="334" />
      <source>Presentation layout</source>
      <translation>Disposition de présentation</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/presentation.py" line="94" />
      <source>Presenter</source>
      <translation>Présentateur</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="354" />
      <source>Press Next to begin.</source>
      <translation>Appuyez sur Suivant pour commencer.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pretrained.py" line="127" />
      <source>Pretrained needs a colour image [3, H, W]; it gets {shape}. Set the Input to 3 channels (an image folder with channels 3) or put it after a layer that gives 3.</source>
      <translation>Pretrained nécessite une image en couleur [3, H, W] ; il reçoit {shape}. Réglez l'Input sur 3 canaux (un dossier d'images avec channels 3) ou placez-le après une couche qui en donne 3.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/backbones.py" line="145" />
      <source>Pretrained {model}: its ImageNet weights are not in torch's cache ({path}) and downloads are off ({variable} is set). {advice}</source>
      <translation>Pretrained {model} : ses poids ImageNet ne sont pas dans le cache de torch ({path}) et les téléchargements sont désactivés ({variable} est défini). {advice}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/backbones.py" line="151" />
      <source>Pretrained {model}: its ImageNet weights are not in torch's cache ({path}) and {reason} {advice}</source>
      <translation>Pretrained {model} : ses poids ImageNet ne sont pas dans le cache de torch ({path}) et {reason} {advice}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pretrained.py" line="104" />
      <source>Pretrained {name} has no stage {trainable!r}; its stages are {stage_names}. Choose one of them, all or none for trainable.</source>
      <translation>Pretrained {name} n'a pas d'étage {trainable!r} ; ses étages sont {stage_names}. Choisissez l'un d'eux, all ou none pour trainable.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pretrained.py" line="131" />
      <source>Pretrained {name} needs an image of at least {MIN_SIZE}x{MIN_SIZE}; it gets {s}x{s2}. Use larger images (224x224 is what it was trained on).</source>
      <translation>Pretrained {name} nécessite une image d'au moins {MIN_SIZE}x{MIN_SIZE} ; il reçoit {s}x{s2}. Utilisez des images plus grandes (il a été entraîné en 224x224).</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="61" />
      <source>Probability of zeroing each channel</source>
      <translation>Probabilité de mettre à zéro chaque canal</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="60" />
      <source>Probability of zeroing each element</source>
      <translation>Probabilité de mettre à zéro chaque élément</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="75" />
      <source>Problems</source>
      <translation>Problèmes</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="371" />
      <source>Pruned by the sweep at epoch {epoch}: behind the median of earlier trials</source>
      <translation>Élagué par le balayage à l'époque {epoch} : en dessous de la médiane des essais précédents</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="160" />
      <source>Pulls every weight a little towards zero at each step, against overfitting.</source>
      <translation>Tire chaque poids un peu vers zéro à chaque pas, contre le surapprentissage.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="28" />
      <source>Put it after a Conv2d; use BatchNorm1d after Linear layers.</source>
      <translation>Placez-le après un Conv2d ; utilisez BatchNorm1d après les couches Linear.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="33" />
      <source>Put it after a Conv2d; use Dropout after Linear layers.</source>
      <translation>Placez-le après un Conv2d ; utilisez Dropout après les couches Linear.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="16" />
      <source>Put it after a sequence Input such as [1, 100] or a Reshape.</source>
      <translation>Placez-le après un Input de séquence comme [1, 100] ou après un Reshape.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="17" />
      <source>Put it after an image Input or a Reshape.</source>
      <translation>Placez-le après un Input d'image ou un Reshape.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="71" />
      <source>PyTorch &amp;script (.py)…</source>
      <translation>&amp;Script PyTorch (.py)…</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="36" />
      <source>PyTorch finds no CUDA device on this machine (no NVIDIA GPU, or no driver)</source>
      <translation>PyTorch ne trouve aucun périphérique CUDA sur cette machine (pas de GPU NVIDIA, ou pas de pilote)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="83" />
      <source>Python scripts (*.py)</source>
      <translation>Scripts Python (*.py)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="155" />
      <source>Questions</source>
      <translation>Questions</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="154" />
      <source>Questions: {lesson}</source>
      <translation>Questions : {lesson}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="74" />
      <source>Random</source>
      <translation>Aléatoire</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment.py" line="106" />
      <source>Random changes to each training batch (never to validation or test). Preview: one sample and 16 copies, as training draws them.</source>
      <translation>Modifications aléatoires de chaque lot d'entraînement (jamais de la validation ni du test). Aperçu : un échantillon et 16 copies, tirées comme pendant l'entraînement.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="194" />
      <source>Random changes to each training batch of images (never to validation or test): a list of {"type": flip, rotation, crop, color or noise, and its parameters}.</source>
      <translation>Modifications aléatoires de chaque lot d'images d'entraînement (jamais de la validation ni du test) : une liste de {"type": flip, rotation, crop, color ou noise, et ses paramètres}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="247" />
      <source>Random resized crop: each image keeps a random part of at least this fraction of its area, stretched back to full size.</source>
      <translation>Recadrage aléatoire redimensionné : chaque image garde une partie aléatoire couvrant au moins cette fraction de sa surface, étirée ensuite à pleine taille.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="81" />
      <source>Rearranges each sample into a new shape with the same number of values, e.g. [784] into [1, 28, 28] so that convolutions can see it as an image. One size may be -1 (inferred).</source>
      <translation>Réorganise chaque échantillon selon une nouvelle forme avec le même nombre de valeurs, par ex. [784] en [1, 28, 28] pour que les convolutions puissent le voir comme une image. Une taille peut valoir -1 (déduite).</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="19" />
      <source>Recurrent</source>
      <translation>Récurrent</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="86" />
      <source>Redo</source>
      <translation>Rétablir</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="183" />
      <source>Redo {command}</source>
      <translation>Rétablir {command}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect_row.py" line="49" />
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="68" />
      <source>Remove one of the current layer's connections</source>
      <translation>Retirer l'une des connexions de la couche courante</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect_row.py" line="50" />
      <source>Remove this class and its pictures</source>
      <translation>Retirer cette classe et ses images</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="75" />
      <source>Rescales the values of each sample (over its last dimension) to mean 0 and variance 1, then learns a scale and shift. Unlike BatchNorm it does not depend on the batch; used in transformers and recurrent networks.</source>
      <translation>Remet à l'échelle les valeurs de chaque échantillon (sur sa dernière dimension) pour obtenir une moyenne de 0 et une variance de 1, puis apprend une échelle et un décalage. Contrairement à BatchNorm, il ne dépend pas du lot ; utilisé dans les transformers et les réseaux récurrents.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="122" />
      <source>Reset weights</source>
      <translation>Réinitialiser les poids</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="19" />
      <source>Reshape</source>
      <translation>Reshape</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="32" />
      <source>Reshape allows at most one -1 in its shape.</source>
      <translation>Reshape autorise au plus un -1 dans sa forme.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="36" />
      <source>Reshape cannot fit {numel} values ({shape}) into {shape2}.</source>
      <translation>Reshape ne peut pas faire tenir {numel} valeurs ({shape}) dans {shape2}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="40" />
      <source>Reshape needs the same number of values: {shape} holds {numel}, {shape2} holds {numel2}.</source>
      <translation>Reshape nécessite le même nombre de valeurs : {shape} en contient {numel}, {shape2} en contient {numel2}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="158" />
      <source>Restore weights</source>
      <translation>Restaurer les poids</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="285" />
      <source>Restore your work?</source>
      <translation>Restaurer votre travail ?</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="192" />
      <source>Restored the design autosaved before netbuilder was closed</source>
      <translation>La conception enregistrée automatiquement avant la fermeture de netbuilder a été restaurée</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/autosave.py" line="195" />
      <source>Restored the design without all it had</source>
      <translation>Conception restaurée, mais incomplète</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="99" />
      <source>Restored the weights {label} ended with (epoch {epoch}).</source>
      <translation>Poids finaux de {label} restaurés (époque {epoch}).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="309" />
      <source>Resume</source>
      <translation>Reprendre</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="186" />
      <source>Rewind</source>
      <translation>Retour en arrière</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="177" />
      <source>Rewind: drag to see the network as it was earlier in its runs (every panel follows); Train goes on from there as a new run</source>
      <translation>Retour en arrière : faites glisser pour voir le réseau tel qu'il était plus tôt dans ses exécutions (tous les panneaux suivent) ; Entraîner repart de là dans une nouvelle exécution</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="50" />
      <source>Rewind: epoch {x:.10g} (snapshot {i} of {n}; {recorded}). Train goes on from here as a new run.</source>
      <translation>Retour en arrière : époque {x:.10g} (instantané {i} sur {n} ; {recorded}). Entraîner repart d'ici dans une nouvelle exécution.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="181" />
      <source>Rewind: nothing recorded yet</source>
      <translation>Retour en arrière : rien d'enregistré pour l'instant</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="40" />
      <source>Rewind: the network as it was after an earlier epoch of the run</source>
      <translation>Retour en arrière : le réseau tel qu'il était après une époque antérieure de l'exécution</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="49" />
      <source>Rewind: the present, epoch {x:.10g} (snapshot {i} of {n}; {recorded})</source>
      <translation>Retour en arrière : le présent, époque {x:.10g} (instantané {i} sur {n} ; {recorded})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="21" />
      <source>Rewind: {recorded}</source>
      <translation>Retour en arrière : {recorded}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/presentation.py" line="102" />
      <source>Right arrow</source>
      <translation>Flèche droite</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="205" />
      <source>Rows and columns trimmed from each side of the output</source>
      <translation>Lignes et colonnes retirées de chaque côté de la sortie</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="49" />
      <source>Rows are the true classes, columns the predicted ones; arrow keys choose a cell</source>
      <translation>Les lignes sont les vraies classes, les colonnes les classes prédites ; les flèches choisissent une cellule</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="133" />
      <source>Rows: the true class; columns: the class predicted. Darker: more of the row.</source>
      <translation>Lignes : la vraie classe ; colonnes : la classe prédite. Plus foncé : une plus grande part de la ligne.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="31" />
      <source>Run</source>
      <translation>Exécution</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="334" />
      <source>Run {ended} before its first batch.</source>
      <translation>Exécution {ended} avant son premier lot.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="160" />
      <source>Run {number}</source>
      <translation>Exécution {number}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="107" />
      <source>Runs</source>
      <translation>Exécutions</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="42" />
      <source>Runs of this session</source>
      <translation>Exécutions de cette session</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="60" />
      <source>S&amp;weep…</source>
      <translation>&amp;Balayage…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="20" />
      <source>Saliency</source>
      <translation>Saillance</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="50" />
      <source>Sample to look at</source>
      <translation>Échantillon à examiner</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="96" />
      <source>Samples</source>
      <translation>Échantillons</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="47" />
      <source>Save &amp;As…</source>
      <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="63" />
      <source>Save &amp;Checkpoint…</source>
      <translation>Enregistrer un &amp;point de contrôle…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="63" />
      <source>Save &amp;Lesson with Weights…</source>
      <translation>Enregistrer la &amp;leçon avec les poids…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="96" />
      <source>Save My &amp;Work…</source>
      <translation>Enregistrer mon &amp;travail…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="168" />
      <source>Save My Work</source>
      <translation>Enregistrer mon travail</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="28" />
      <source>Save checkpoint</source>
      <translation>Enregistrer un point de contrôle</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="124" />
      <source>Save checkpoint…</source>
      <translation>Enregistrer un point de contrôle…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="389" />
      <source>Save design</source>
      <translation>Enregistrer la conception</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="179" />
      <source>Save my work</source>
      <translation>Enregistrer mon travail</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="291" />
      <source>Save the changes to {title} first?</source>
      <translation>Enregistrer d'abord les modifications de {title} ?</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="64" />
      <source>Save the design, weights, settings and curves</source>
      <translation>Enregistrer la conception, les poids, les réglages et les courbes</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="124" />
      <source>Save the design, weights, settings and curves to a file</source>
      <translation>Enregistrer la conception, les poids, les réglages et les courbes dans un fichier</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lessons.py" line="74" />
      <source>Save the lesson with its weights</source>
      <translation>Enregistrer la leçon avec ses poids</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="131" />
      <source>Saved the checkpoint {path}</source>
      <translation>Point de contrôle {path} enregistré</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="189" />
      <source>Saved your work to {path}</source>
      <translation>Votre travail a été enregistré dans {path}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="111" />
      <source>Saved {path}</source>
      <translation>{path} enregistré</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="31" />
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="123" />
      <source>Score the current weights on the test split</source>
      <translation>Évaluer les poids actuels sur l'ensemble de test</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="47" />
      <source>Scores of each class</source>
      <translation>Scores de chaque classe</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="348" />
      <source>Scoring the test split…</source>
      <translation>Évaluation sur l'ensemble de test…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="100" />
      <source>Search</source>
      <translation>Recherche</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/palette.py" line="80" />
      <source>Search layers</source>
      <translation>Rechercher des couches</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="96" />
      <source>Seed</source>
      <translation>Graine</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="54" />
      <source>Select &amp;All</source>
      <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="110" />
      <source>Select a layer first: Tab moves from layer to layer on the canvas</source>
      <translation>Sélectionnez d'abord une couche : Tab passe de couche en couche sur le canevas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="54" />
      <source>Select a layer on the canvas to see its weights.</source>
      <translation>Sélectionnez une couche sur le canevas pour voir ses poids.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="66" />
      <source>Self-attention: each position of the sequence builds its output as a weighted mix of all positions, with weights it learns to choose, in several independent heads. The core of transformers; add positional information if order matters.</source>
      <translation>Auto-attention : chaque position de la séquence construit sa sortie comme un mélange pondéré de toutes les positions, avec des poids qu'elle apprend à choisir, dans plusieurs têtes indépendantes. Le cœur des transformers ; ajoutez une information de position si l'ordre compte.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/autosave.py" line="161" />
      <source>Set aside a damaged recovery file: {reason}</source>
      <translation>Fichier de récupération endommagé mis de côté : {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="179" />
      <source>Set design {key}</source>
      <translation>Régler {key} de la conception</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="104" />
      <source>Set the design's learning rate to the suggestion (Undo puts the old one back)</source>
      <translation>Régler le taux d'apprentissage de la conception sur la suggestion (Annuler remet l'ancien)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="165" />
      <source>Set {key}</source>
      <translation>Régler {key}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/commands.py" line="98" />
      <source>Set {node}.{parameter}</source>
      <translation>Régler {node}.{parameter}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/commands.py" line="137" />
      <source>Set {setting}</source>
      <translation>Régler {setting}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="31" />
      <source>Settings</source>
      <translation>Réglages</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="34" />
      <source>Settings of the selected layer</source>
      <translation>Réglages de la couche sélectionnée</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="60" />
      <source>Settings to sweep</source>
      <translation>Réglages à balayer</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/io.py" line="17" />
      <source>Shape of one sample, without the batch dimension</source>
      <translation>Forme d'un échantillon, sans la dimension du lot</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="93" />
      <source>Show the filters averaged over their input channels, or for one input channel</source>
      <translation>Afficher les filtres moyennés sur leurs canaux d'entrée, ou pour un seul canal d'entrée</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="49" />
      <source>Show the loss on a logarithmic scale: small losses stay visible</source>
      <translation>Afficher la perte sur une échelle logarithmique : les petites pertes restent visibles</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="130" />
      <source>Show:</source>
      <translation>Afficher :</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/recurrent.py" line="73" />
      <source>Size of the memory (hidden state) carried from step to step</source>
      <translation>Taille de la mémoire (état caché) transmise d'un pas à l'autre</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="91" />
      <source>Sizes it is split into</source>
      <translation>Tailles en lesquelles elle est divisée</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="81" />
      <source>Skipped {n} file that could not be read:
{files}</source>
      <translation>{n} fichier illisible ignoré :
{files}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="83" />
      <source>Skipped {n} files that could not be read:
{files}</source>
      <translation>{n} fichiers illisibles ignorés :
{files}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="193" />
      <source>Slides small filters (e.g. 3x3) over an image; each filter learns one local pattern such as an edge or a texture and produces one feature map. The core of image networks (CNNs).</source>
      <translation>Fait glisser de petits filtres (par ex. 3x3) sur une image ; chaque filtre apprend un motif local comme un bord ou une texture et produit une carte de caractéristiques. Le cœur des réseaux d'images (CNN).</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="188" />
      <source>Slides small filters along a sequence of shape [channels, length]; each filter learns to spot one local pattern (a rise, a spike, a motif) wherever it occurs. Use it for signals, audio or text.</source>
      <translation>Fait glisser de petits filtres le long d'une séquence de forme [canaux, longueur] ; chaque filtre apprend à repérer un schéma local (une montée, un pic, un motif) où qu'il se trouve. Utilisez-le pour des signaux, de l'audio ou du texte.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/activation.py" line="38" />
      <source>Slope for negative inputs</source>
      <translation>Pente pour les entrées négatives</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="99" />
      <source>Slow motion</source>
      <translation>Ralenti</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="77" />
      <source>Slow motion: a pause after each batch, so that a class can watch a small network learn (about 250 ms is a good pace). Applies at once, also during a run.</source>
      <translation>Ralenti : une pause après chaque lot, pour qu'une classe puisse regarder un petit réseau apprendre (environ 250 ms est un bon rythme). S'applique immédiatement, y compris pendant une exécution.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="125" />
      <source>Small colour photos in 10 classes, 3x32x32, 50000 train / 10000 test.</source>
      <translation>Petites photos en couleur en 10 classes, 3x32x32, 50000 d'entraînement / 10000 de test.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="13" />
      <source>Small number added to the variance so it never divides by zero</source>
      <translation>Petit nombre ajouté à la variance pour ne jamais diviser par zéro</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="43" />
      <source>Smoothing of the loss curve</source>
      <translation>Lissage de la courbe de perte</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/presentation.py" line="101" />
      <source>Space</source>
      <translation>Espace</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="114" />
      <source>Spacing between filter taps; more than 1 widens the view cheaply</source>
      <translation>Espacement entre les points du filtre ; plus de 1 élargit le champ de vision à peu de frais</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="89" />
      <source>Splits one dimension into several, e.g. [784] into [1, 28, 28]. The opposite of Flatten.</source>
      <translation>Divise une dimension en plusieurs, par ex. [784] en [1, 28, 28]. L'inverse de Flatten.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="53" />
      <source>St&amp;ep One Batch</source>
      <translation>&amp;Pas à pas (un lot)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="106" />
      <source>Start</source>
      <translation>Démarrer</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="39" />
      <source>Start an empty design</source>
      <translation>Commencer une conception vide</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/gallery.py" line="145" />
      <source>Start from a ready-made network. Each one trains as it is; change it and see what happens. The lessons, after the examples, walk through one idea step by step.</source>
      <translation>Partez d'un réseau tout prêt. Chacun s'entraîne tel quel ; modifiez-le et voyez ce qui se passe. Les leçons, après les exemples, présentent une idée étape par étape.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="170" />
      <source>Starting point of the random numbers: the same seed gives the same run.</source>
      <translation>Point de départ des nombres aléatoires : la même graine donne la même exécution.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="31" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="121" />
      <source>Step</source>
      <translation>Pas à pas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="111" />
      <source>Step between filter positions; 2 halves the size</source>
      <translation>Pas entre les positions du filtre ; 2 divise la taille par deux</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pool.py" line="59" />
      <source>Step between windows; empty means the same as kernel_size</source>
      <translation>Pas entre les fenêtres ; vide signifie la même valeur que kernel_size</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="357" />
      <source>Step {n} of {total}</source>
      <translation>Étape {n} sur {total}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="122" />
      <source>Still writing the last file: try again once it is saved</source>
      <translation>Écriture du dernier fichier en cours : réessayez une fois qu'il sera enregistré</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="120" />
      <source>Stop</source>
      <translation>Arrêter</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="95" />
      <source>Stop trials that fall behind</source>
      <translation>Arrêter les essais qui prennent du retard</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/session.py" line="156" />
      <source>Stopped before training began.</source>
      <translation>Arrêté avant le début de l'entraînement.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="220" />
      <source>Stopped by you{where}. {kept} Press Train to go on from them or Reset weights to start over.{scores}</source>
      <translation>Arrêté par vous{where}. {kept} Appuyez sur Entraîner pour reprendre à partir de ces poids, ou sur Réinitialiser les poids pour recommencer.{scores}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="292" />
      <source>Stopping after the batch going on…</source>
      <translation>Arrêt après le lot en cours…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="148" />
      <source>Suggested learning rate for {optimizer}: {rate}</source>
      <translation>Taux d'apprentissage suggéré pour {optimizer} : {rate}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="149" />
      <source>Suggested learning rate: {rate}</source>
      <translation>Taux d'apprentissage suggéré : {rate}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="74" />
      <source>Summary</source>
      <translation>Résumé</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="36" />
      <source>Summary of the layers</source>
      <translation>Résumé des couches</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="332" />
      <source>Sweep done: 1 trial ended.</source>
      <translation>Balayage terminé : 1 essai achevé.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="331" />
      <source>Sweep done: 1 trial; compare them in the Runs view.</source>
      <translation>Balayage terminé : 1 essai ; comparez-les dans la vue Exécutions.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="335" />
      <source>Sweep done: {n} trials ended.</source>
      <translation>Balayage terminé : {n} essais achevés.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="334" />
      <source>Sweep done: {n} trials; compare them in the Runs view.</source>
      <translation>Balayage terminé : {n} essais ; comparez-les dans la vue Exécutions.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="51" />
      <source>Sweep settings</source>
      <translation>Réglages du balayage</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="212" />
      <source>Sweeping {names}: each trial that trains joins the Runs view.</source>
      <translation>Balayage de {names} : chaque essai entraîné rejoint la vue Exécutions.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="302" />
      <source>Sweeping: {trials} trials, each one that trains joins the Runs view (Training &gt; Sweep… lists them).</source>
      <translation>Balayage : {trials} essais ; chaque essai entraîné rejoint la vue Exécutions (Entraînement &gt; Balayage… les liste).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="265" />
      <source>Swept {names}: the trials that trained are in the Runs view.</source>
      <translation>Balayage de {names} terminé : les essais entraînés sont dans la vue Exécutions.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/language.py" line="53" />
      <source>System ({language})</source>
      <translation>Système ({language})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="93" />
      <source>TPE (Optuna's default) tries more where the good trials were; random draws each trial's settings on its own</source>
      <translation>TPE (par défaut dans Optuna) essaie davantage là où se trouvaient les bons essais ; Aléatoire tire les réglages de chaque essai indépendamment</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="29" />
      <source>TPE (learns from the trials so far)</source>
      <translation>TPE (apprend des essais précédents)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="57" />
      <source>Table of the runs</source>
      <translation>Tableau des exécutions</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="44" />
      <source>Take pictures of each class with a camera (or add files): an image folder the design trains on</source>
      <translation>Prendre des photos de chaque classe avec une caméra (ou ajouter des fichiers) : un dossier d'images sur lequel la conception s'entraîne</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="84" />
      <source>Take the selected pictures out (or press Delete in a class's pictures)</source>
      <translation>Retirer les images sélectionnées (ou appuyez sur Delete dans les images d'une classe)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/tensorboard.py" line="100" />
      <source>TensorBoard logs: cannot write in {run_dir} ({strerror}); choose another folder</source>
      <translation>Journaux TensorBoard : impossible d'écrire dans {run_dir} ({strerror}) ; choisissez un autre dossier</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="91" />
      <source>Test sample</source>
      <translation>Échantillon de test</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="264" />
      <source>Test sample {index}</source>
      <translation>Échantillon de test {index}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="179" />
      <source>Test split: {scores}</source>
      <translation>Ensemble de test : {scores}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="108" />
      <source>The 4 XOR points (2 classes); validation and test are the same 4 points.</source>
      <translation>Les 4 points de XOR (2 classes) ; la validation et le test utilisent les 4 mêmes points.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/common/camera.py" line="107" />
      <source>The camera stopped ({reason}): start it again, or choose another.</source>
      <translation>La caméra s'est arrêtée ({reason}) : redémarrez-la, ou choisissez-en une autre.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="53" />
      <source>The class the network predicts at each point of the plane, with the data's points</source>
      <translation>La classe que le réseau prédit en chaque point du plan, avec les points des données</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="128" />
      <source>The class the network predicts over the plane of its two inputs (paler where it is unsure), with the training points: one shape per class.</source>
      <translation>La classe que le réseau prédit sur le plan de ses deux entrées (plus pâle là où il est incertain), avec les points d'entraînement : une forme par classe.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="64" />
      <source>The class whose score is explained: the one the network predicts, or another (why not this one?)</source>
      <translation>La classe dont le score est expliqué : celle que le réseau prédit, ou une autre (pourquoi pas celle-ci ?)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect_row.py" line="47" />
      <source>The class's name (its folder's name): edit it to rename the class</source>
      <translation>Le nom de la classe (le nom de son dossier) : modifiez-le pour renommer la classe</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/colour_palette.py" line="25" />
      <source>The colours of classes, curves, runs and maps; Okabe-Ito stays apart for colour-blind eyes</source>
      <translation>Les couleurs des classes, des courbes, des exécutions et des cartes ; Okabe-Ito reste distinguable pour les daltoniens</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="143" />
      <source>The connection to remove:</source>
      <translation>La connexion à retirer :</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="59" />
      <source>The convolution whose feature maps Grad-CAM looks at (the last one sees the most of the image at once)</source>
      <translation>La convolution dont Grad-CAM examine les cartes de caractéristiques (la dernière voit la plus grande partie de l'image à la fois)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="169" />
      <source>The dataset '{name}'</source>
      <translation>Le jeu de données '{name}'</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/run_settings.py" line="77" />
      <source>The design already has the settings of {run}.</source>
      <translation>La conception a déjà les réglages de {run}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="72" />
      <source>The design as a standalone PyTorch script that trains it (as `netbuilder export` writes)</source>
      <translation>La conception sous forme de script PyTorch autonome qui l'entraîne (tel que l'écrit `netbuilder export`)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="48" />
      <source>The design has no Input layer. Add one and connect it to the first layer.</source>
      <translation>La conception n'a pas de couche Input. Ajoutez-en une et connectez-la à la première couche.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="83" />
      <source>The design is complete: every layer is connected and every shape fits.</source>
      <translation>La conception est complète : chaque couche est connectée et chaque forme concorde.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="31" />
      <source>The design is empty. Drag an Input layer onto the canvas to start.</source>
      <translation>La conception est vide. Faites glisser une couche Input sur le canevas pour commencer.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/run_settings.py" line="83" />
      <source>The design now has the training settings of {run} (Edit &gt; Undo puts them back).</source>
      <translation>La conception a maintenant les réglages d'entraînement de {run} (Édition &gt; Annuler remet les anciens).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/run_settings.py" line="81" />
      <source>The design now has the training settings of {run} and the parameters of {layers} (Edit &gt; Undo puts them back).</source>
      <translation>La conception a maintenant les réglages d'entraînement de {run} et les paramètres de {layers} (Édition &gt; Annuler remet les anciens).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="31" />
      <source>The design's name, shown in the title bar and the exported code.</source>
      <translation>Le nom de la conception, affiché dans la barre de titre et dans le code exporté.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="70" />
      <source>The inspector on the current layer, its first field focused</source>
      <translation>L'inspecteur sur la couche courante, avec le focus sur son premier champ</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="204" />
      <source>The last convolution: {node}</source>
      <translation>La dernière convolution : {node}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="127" />
      <source>The layer that {node}'s output goes into:</source>
      <translation>La couche dans laquelle entre la sortie de {node} :</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="28" />
      <source>The layers and their connections. Tab, Home, End and the arrow keys move from layer to layer; Enter or F2 edits one; Ctrl+K connects it, Ctrl+Shift+K disconnects; Shift+arrows move it; Delete removes it.</source>
      <translation>Les couches et leurs connexions. Tab, Home, End et les flèches passent de couche en couche ; Enter ou F2 en modifie une ; Ctrl+K la connecte, Ctrl+Shift+K la déconnecte ; Shift+flèches la déplacent ; Delete la supprime.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="266" />
      <source>The learning rate ({lr:g}) is probably too high</source>
      <translation>Le taux d'apprentissage ({lr:g}) est probablement trop élevé</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="269" />
      <source>The learning rate ({lr:g}) is probably too high, or the inputs are not normalised (values up to {top:.4g} here)</source>
      <translation>Le taux d'apprentissage ({lr:g}) est probablement trop élevé, ou les entrées ne sont pas normalisées (valeurs jusqu'à {top:.4g} ici)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="191" />
      <source>The least change that counts as progress.</source>
      <translation>Le plus petit changement qui compte comme un progrès.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="80" />
      <source>The lesson's next step</source>
      <translation>Étape suivante de la leçon</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="82" />
      <source>The lesson's previous step</source>
      <translation>Étape précédente de la leçon</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="246" />
      <source>The loss became {what} at epoch {epoch}, batch {batch}</source>
      <translation>La perte est devenue {what} à l'époque {epoch}, lot {batch}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="179" />
      <source>The loss is jumping: it {what} over the last {batches:,} batches. The learning rate ({lr:g}) may be too high: try 10 times lower.</source>
      <translation>La perte fait des sauts : elle {what} sur les {batches:,} derniers lots. Le taux d'apprentissage ({lr:g}) est peut-être trop élevé : essayez-en un 10 fois plus bas.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="176" />
      <source>The loss is jumping: it {what} over the last {batches:,} batches. The learning rate may be too high: try 10 times lower.</source>
      <translation>La perte fait des sauts : elle {what} sur les {batches:,} derniers lots. Le taux d'apprentissage est peut-être trop élevé : essayez-en un 10 fois plus bas.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="190" />
      <source>The loss is not going down: {start:.3g} over the first {batches:,} batches, {recent:.3g} over the last {batches:,} ({drop:.1%} lower). The learning rate ({lr:g}) may be too low: try 10 times higher, or check that the labels fit the loss.</source>
      <translation>La perte ne baisse pas : {start:.3g} sur les {batches:,} premiers lots, {recent:.3g} sur les {batches:,} derniers ({drop:.1%} de moins). Le taux d'apprentissage ({lr:g}) est peut-être trop faible : essayez-en un 10 fois plus élevé, ou vérifiez que les étiquettes conviennent à la perte.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="186" />
      <source>The loss is not going down: {start:.3g} over the first {batches:,} batches, {recent:.3g} over the last {batches:,} ({drop:.1%} lower). The learning rate may be too low: try 10 times higher, or check that the labels fit the loss.</source>
      <translation>La perte ne baisse pas : {start:.3g} sur les {batches:,} premiers lots, {recent:.3g} sur les {batches:,} derniers ({drop:.1%} de moins). Le taux d'apprentissage est peut-être trop faible : essayez-en un 10 fois plus élevé, ou vérifiez que les étiquettes conviennent à la perte.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="189" />
      <source>The metric that must improve.</source>
      <translation>La métrique qui doit s'améliorer.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="69" />
      <source>The network</source>
      <translation>Le réseau</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="68" />
      <source>The network as a picture at twice the screen's resolution</source>
      <translation>Le réseau sous forme d'image, à deux fois la résolution de l'écran</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="66" />
      <source>The network as a vector picture, for slides and handouts</source>
      <translation>Le réseau sous forme d'image vectorielle, pour les diapositives et les documents à distribuer</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="283" />
      <source>The network changed since the last run, so this run starts from new weights. </source>
      <translation>Le réseau a changé depuis la dernière exécution : cette exécution part donc de nouveaux poids. </translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="84" />
      <source>The network has {n} outputs ({outputs}); it must have exactly one. Connect the dangling ones onward or delete them.</source>
      <translation>Le réseau a {n} sorties ({outputs}) ; il doit en avoir exactement une. Connectez les sorties en trop à la suite du réseau, ou supprimez-les.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="64" />
      <source>The open lesson and the trained weights as one file, for a school machine offline</source>
      <translation>La leçon ouverte et les poids entraînés dans un seul fichier, pour un ordinateur de l'établissement hors ligne</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="47" />
      <source>The output '{output_id}' gives {width} value(s) but {dataset_name} has {classes} classes; cross_entropy needs one value per class: set the last Linear's out_features to {classes}.{hint}</source>
      <translation>La sortie '{output_id}' donne {width} valeur(s) mais {dataset_name} a {classes} classes ; cross_entropy nécessite une valeur par classe : mettez out_features du dernier Linear à {classes}.{hint}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="57" />
      <source>The output '{output_id}' gives {width} value(s) but {dataset_name} has {classes} classes; {loss} needs one output for two classes or one output per class: set the last Linear's out_features to {classes}{either}.</source>
      <translation>La sortie '{output_id}' donne {width} valeur(s) mais {dataset_name} a {classes} classes ; {loss} nécessite une sortie pour deux classes ou une sortie par classe : mettez out_features du dernier Linear à {classes}{either}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="41" />
      <source>The output '{output_id}' has shape {shape}, but a classifier needs one value per class ({shape2}). Add a Flatten and a Linear with out_features={classes} at the end.</source>
      <translation>La sortie '{output_id}' a la forme {shape}, mais un classifieur nécessite une valeur par classe ({shape2}). Ajoutez un Flatten et un Linear avec out_features={classes} à la fin.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="77" />
      <source>The run</source>
      <translation>L'exécution</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="40" />
      <source>The run cannot stop yet</source>
      <translation>L'exécution ne peut pas encore s'arrêter</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="188" />
      <source>The sweep failed</source>
      <translation>Le balayage a échoué</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="286" />
      <source>The sweep failed: {reason}</source>
      <translation>Le balayage a échoué : {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="33" />
      <source>The test stopped where the loss blew up.</source>
      <translation>Le test s'est arrêté là où la perte a explosé.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="150" />
      <source>The test trained with {optimizer}: the rate is for {optimizer}; another optimizer needs a test of its own.</source>
      <translation>Le test a utilisé {optimizer} pour l'entraînement : le taux vaut pour {optimizer} ; un autre optimiseur nécessite son propre test.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="35" />
      <source>The test was stopped before its end.</source>
      <translation>Le test a été arrêté avant la fin.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="70" />
      <source>The trained network for onnxruntime and other ONNX runtimes (needs netbuilder[onnx])</source>
      <translation>Le réseau entraîné pour onnxruntime et d'autres environnements d'exécution ONNX (nécessite netbuilder[onnx])</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="219" />
      <source>The weights are those of the last batch trained.</source>
      <translation>Les poids sont ceux du dernier lot entraîné.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="255" />
      <source>The weights became {what} during epoch {epoch} (every batch's loss was finite)</source>
      <translation>Des poids ont pris une valeur {what} pendant l'époque {epoch} (la perte de chaque lot était finie)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="260" />
      <source>The {source} became {what} with the weights {when}</source>
      <translation>La {source} est devenue {what} avec les poids {when}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="329" />
      <source>These runs have the same settings: change one (or run a sweep) to compare.</source>
      <translation>Ces exécutions ont les mêmes réglages : modifiez-en un (ou lancez un balayage) pour comparer.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="92" />
      <source>This lesson locks {what}.</source>
      <translation>Cette leçon verrouille {what}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="91" />
      <source>This lesson locks {what}; you may change {free}.</source>
      <translation>Cette leçon verrouille {what} ; vous pouvez modifier {free}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="214" />
      <source>This step could not be done: {reason}</source>
      <translation>Cette étape n'a pas pu être effectuée : {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="67" />
      <source>This {type} has no input. Connect a layer's output to it.</source>
      <translation>Ce {type} n'a pas d'entrée. Connectez-y la sortie d'une couche.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="60" />
      <source>This {type} is not connected. Connect it, or delete it.</source>
      <translation>Ce {type} n'est pas connecté. Connectez-le ou supprimez-le.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="331" />
      <source>Too few runs with a final metric to tell which setting mattered.</source>
      <translation>Trop peu d'exécutions avec une métrique finale pour dire quel réglage a compté.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="185" />
      <source>Total parameters</source>
      <translation>Paramètres au total</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="118" />
      <source>Train</source>
      <translation>Entraîner</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="115" />
      <source>Train a few runs, then select several here (Ctrl-click) to compare them.</source>
      <translation>Entraînez quelques exécutions, puis sélectionnez-en plusieurs ici (Ctrl+clic) pour les comparer.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/preview.py" line="26" />
      <source>Train a network with 1 or 2 inputs ({datasets}) to see what it predicts over the plane.</source>
      <translation>Entraînez un réseau à 1 ou 2 entrées ({datasets}) pour voir ce qu'il prédit sur le plan.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="25" />
      <source>Train a network, then click a sample in the confusion matrix's gallery, or press Explain in Try it or in the activations panel, to see what the network looked at.</source>
      <translation>Entraînez un réseau, puis cliquez sur un échantillon dans la galerie de la matrice de confusion, ou appuyez sur Expliquer dans « Essayer » ou dans le panneau des activations, pour voir ce que le réseau a regardé.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="42" />
      <source>Train a network, then pick a sample here to see what every layer makes of it.</source>
      <translation>Entraînez un réseau, puis choisissez ici un échantillon pour voir ce que chaque couche en fait.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="196" />
      <source>Train a network, then try it on an input of your own here.</source>
      <translation>Entraînez un réseau, puis essayez-le ici sur une entrée de votre choix.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="58" />
      <source>Train about a hundred batches at growing rates on a copy of the weights; plot the loss, suggest one</source>
      <translation>Entraîner une centaine de lots à des taux croissants sur une copie des poids ; tracer la perte, suggérer un taux</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="121" />
      <source>Train exactly one batch, then pause: watch a single update</source>
      <translation>Entraîner exactement un lot, puis faire une pause : observer une seule mise à jour</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="118" />
      <source>Train for the epochs set above, from the current weights</source>
      <translation>Entraîner pendant le nombre d'époques réglé ci-dessus, à partir des poids actuels</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="51" />
      <source>Train from the current weights</source>
      <translation>Entraîner à partir des poids actuels</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="143" />
      <source>Train on only the first N training samples (empty or 0: all of them). Quick runs and overfitting demonstrations.</source>
      <translation>N'entraîner que sur les N premiers échantillons d'entraînement (vide ou 0 : tous). Pour des exécutions rapides et des démonstrations de surapprentissage.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="61" />
      <source>Train the design with several settings picked from ranges (Optuna); compare them in the Runs view</source>
      <translation>Entraîner la conception avec plusieurs réglages tirés de plages (Optuna) ; les comparer dans la vue Exécutions</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/followers.py" line="339" />
      <source>Train the network first: its weights appear here after the first batch.</source>
      <translation>Entraînez d'abord le réseau : ses poids apparaissent ici après le premier lot.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/followers_explain.py" line="109" />
      <source>Train the network first: then it can show what it looked at.</source>
      <translation>Entraînez d'abord le réseau : il pourra alors montrer ce qu'il a regardé.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/live_camera.py" line="14" />
      <source>Train the network first: then the camera's frames go through it.</source>
      <translation>Entraînez d'abord le réseau : les images de la caméra le traverseront alors.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="327" />
      <source>Train two runs or more (or a sweep) to see which setting mattered.</source>
      <translation>Entraînez au moins deux exécutions (ou un balayage) pour voir quel réglage a compté.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="184" />
      <source>Trainable parameters</source>
      <translation>Paramètres entraînables</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="69" />
      <source>Trained model as &amp;ONNX…</source>
      <translation>Modèle entraîné en &amp;ONNX…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="78" />
      <source>Training</source>
      <translation>Entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="44" />
      <source>Training and validation accuracy after each epoch</source>
      <translation>Exactitude d'entraînement et de validation après chaque époque</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="45" />
      <source>Training and validation loss after each epoch</source>
      <translation>Perte d'entraînement et de validation après chaque époque</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="188" />
      <source>Training failed</source>
      <translation>Échec de l'entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/evaluation.py" line="117" />
      <source>Training failed {where} in node '{node_id}' ({kind}) with input shape {shapes}: {error}: {message}</source>
      <translation>Échec de l'entraînement {where} dans le nœud '{node_id}' ({kind}) avec la forme d'entrée {shapes} : {error} : {message}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/evaluation.py" line="120" />
      <source>Training failed {where}: {error}: {message}</source>
      <translation>Échec de l'entraînement {where} : {error} : {message}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="21" />
      <source>Training is running</source>
      <translation>Entraînement en cours</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/evaluation.py" line="102" />
      <source>Training ran out of memory {where} on {device} (batch size {batch_size}). Lower the batch size or make the layers smaller.</source>
      <translation>L'entraînement a manqué de mémoire {where} sur {device} (taille de lot {batch_size}). Réduisez la taille de lot ou rendez les couches plus petites.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="266" />
      <source>Training sample {index}</source>
      <translation>Échantillon d'entraînement {index}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="74" />
      <source>Training settings</source>
      <translation>Réglages d'entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="121" />
      <source>Training settings: {problem}</source>
      <translation>Réglages d'entraînement : {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="82" />
      <source>Training {where}…{logs}</source>
      <translation>Entraînement {where}…{logs}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="99" />
      <source>Training: {message}</source>
      <translation>Entraînement : {message}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="362" />
      <source>Training…</source>
      <translation>Entraînement…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="31" />
      <source>Trial</source>
      <translation>Essai</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="301" />
      <source>Trial 1 of {trials}: starting…</source>
      <translation>Essai 1 sur {trials} : démarrage…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="294" />
      <source>Trial {n} of {total} training…</source>
      <translation>Essai {n} sur {total} en cours d'entraînement…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="151" />
      <source>Trial {trial} of {trials} · {progress}</source>
      <translation>Essai {trial} sur {trials} · {progress}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="100" />
      <source>Trials</source>
      <translation>Essais</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="61" />
      <source>Trials of the sweep</source>
      <translation>Essais du balayage</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_chart.py" line="325" />
      <source>True class</source>
      <translation>Vraie classe</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="100" />
      <source>Try it</source>
      <translation>Essayer</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="239" />
      <source>Trying an input by hand needs a 28x28 image or at most {most} values; this network takes {size:,}. The activations panel shows its samples.</source>
      <translation>Essayer une entrée à la main nécessite une image 28x28 ou au plus {most} valeurs ; ce réseau en prend {size:,}. Le panneau des activations montre ses échantillons.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="72" />
      <source>Turns each sample into one long vector, e.g. a [1, 28, 28] image into [784] values. Put it between convolution/pooling layers and Linear layers.</source>
      <translation>Transforme chaque échantillon en un long vecteur, par ex. une image [1, 28, 28] en [784] valeurs. Placez-le entre les couches de convolution/pooling et les couches Linear.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="114" />
      <source>Two interleaving half circles (2-D, 2 classes), 1000 train / 500 test.</source>
      <translation>Deux demi-cercles imbriqués (2D, 2 classes), 1000 d'entraînement / 500 de test.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="24" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="72" />
      <source>Type a layer's name, then Enter adds it after the selected layer</source>
      <translation>Tapez le nom d'une couche, puis Enter l'ajoute après la couche sélectionnée</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/palette.py" line="82" />
      <source>Type part of a layer's name or of what it does, e.g. 'conv' or 'probabilities'</source>
      <translation>Tapez une partie du nom d'une couche ou de ce qu'elle fait, par ex. 'conv' ou 'probabilités'</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="32" />
      <source>Type part of a layer's name; Enter adds the best match after the selected layer</source>
      <translation>Tapez une partie du nom d'une couche ; Enter ajoute la meilleure correspondance après la couche sélectionnée</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/answers.py" line="28" />
      <source>Type your answer to the question here: it is saved with your work</source>
      <translation>Tapez ici votre réponse à la question : elle est enregistrée avec votre travail</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="86" />
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="181" />
      <source>Undo {command}</source>
      <translation>Annuler {command}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="59" />
      <source>Unflatten must split dimension {dim} of size {s} into sizes whose product is {s}; {shape} makes {numel}.</source>
      <translation>Unflatten doit diviser la dimension {dim} de taille {s} en tailles dont le produit vaut {s} ; {shape} donne {numel}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/reshape.py" line="55" />
      <source>Unflatten's dim {dim} does not fit an input of shape {shape}; use 1..{n_s}.</source>
      <translation>La dim {dim} d'Unflatten ne convient pas à une entrée de forme {shape} ; utilisez 1..{n_s}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="291" />
      <source>Unsaved changes</source>
      <translation>Modifications non enregistrées</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="368" />
      <source>Untitled</source>
      <translation>Sans titre</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="62" />
      <source>Untitled design</source>
      <translation>Conception sans titre</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="177" />
      <source>Upsample by {scale_factor:g} turns a size of {size} into nothing. Use a larger scale_factor.</source>
      <translation>Upsample d'un facteur {scale_factor:g} réduit une taille de {size} à rien. Utilisez un scale_factor plus grand.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="170" />
      <source>Upsample needs an input of shape [C, L] or [C, H, W]; it gets {shape}. Put it after a convolution or a Reshape.</source>
      <translation>Upsample nécessite une entrée de forme [C, L] ou [C, H, W] ; il reçoit {shape}. Placez-le après une convolution ou un Reshape.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="173" />
      <source>Upsample with mode bilinear needs an image [C, H, W]; it gets {shape}. Use mode nearest for a sequence [C, L].</source>
      <translation>Upsample avec mode bilinear nécessite une image [C, H, W] ; il reçoit {shape}. Utilisez mode nearest pour une séquence [C, L].</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="204" />
      <source>Upsampling factor; 2 doubles height and width</source>
      <translation>Facteur de suréchantillonnage ; 2 double la hauteur et la largeur</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="22" />
      <source>Use BatchNorm2d for images [C, H, W].</source>
      <translation>Utilisez BatchNorm2d pour les images [C, H, W].</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="318" />
      <source>Use collected images</source>
      <translation>Utiliser les images collectées</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="102" />
      <source>Use it</source>
      <translation>Utiliser</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="289" />
      <source>Use settings of the best run</source>
      <translation>Utiliser les réglages de la meilleure exécution</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/run_settings.py" line="35" />
      <source>Use settings of {label}</source>
      <translation>Utiliser les réglages de {label}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="350" />
      <source>Use settings of {run}</source>
      <translation>Utiliser les réglages de {run}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="116" />
      <source>Use these images</source>
      <translation>Utiliser ces images</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="209" />
      <source>Validation loss rose from {low:.3g} (epoch {low_epoch}) to {last:.3g} (epoch {last_epoch}) while the training loss fell: the network is memorising the training set. Try more data, Dropout, or early stopping.</source>
      <translation>La perte de validation est montée de {low:.3g} (époque {low_epoch}) à {last:.3g} (époque {last_epoch}) tandis que la perte d'entraînement baissait : le réseau mémorise l'ensemble d'entraînement. Essayez plus de données, Dropout ou l'arrêt précoce.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="265" />
      <source>Validation sample {index}</source>
      <translation>Échantillon de validation {index}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/activation.py" line="42" />
      <source>Value approached for very negative inputs</source>
      <translation>Valeur vers laquelle tend la sortie pour les entrées très négatives</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pool.py" line="61" />
      <source>Values added on each side (at most half the kernel size)</source>
      <translation>Valeurs ajoutées de chaque côté (au plus la moitié de la taille du noyau)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="54" />
      <source>Views of the runs</source>
      <translation>Vues des exécutions</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/dense.py" line="70" />
      <source>Vocabulary size: token numbers run from 0 to this minus 1</source>
      <translation>Taille du vocabulaire : les numéros de jetons vont de 0 à cette valeur moins 1</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="17" />
      <source>Warning</source>
      <translation>Avertissement</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/registry.py" line="93" />
      <source>Weights</source>
      <translation>Poids</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="74" />
      <source>Weights reset: the next run starts from new weights.</source>
      <translation>Poids réinitialisés : la prochaine exécution part de nouveaux poids.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="39" />
      <source>Weights timeline</source>
      <translation>Chronologie des poids</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="24" />
      <source>What each input value adds to the class's score, summed along the way from a black image (or zeros) to this input: red adds, blue takes away</source>
      <translation>Ce que chaque valeur d'entrée ajoute au score de la classe, cumulé sur le chemin allant d'une image noire (ou de zéros) jusqu'à cette entrée : le rouge ajoute, le bleu retranche</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="38" />
      <source>What stops the design from training; Enter on one selects its layer</source>
      <translation>Ce qui empêche la conception de s'entraîner ; Enter sur un problème sélectionne sa couche</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="136" />
      <source>What the network learns from.</source>
      <translation>Ce à partir de quoi le réseau apprend.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="272" />
      <source>What the network looked at for this input</source>
      <translation>Ce que le réseau a regardé pour cette entrée</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="88" />
      <source>What the network looked at for this sample, in the Explain panel</source>
      <translation>Ce que le réseau a regardé pour cet échantillon, dans le panneau Expliquer</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="271" />
      <source>What the network looked at in the last camera frame classified</source>
      <translation>Ce que le réseau a regardé dans la dernière image de la caméra qu'il a classée</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="139" />
      <source>What the network sees: your drawing made 28x28 and centred, as MNIST's digits</source>
      <translation>Ce que voit le réseau : votre dessin ramené à 28x28 et centré, comme les chiffres de MNIST</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="32" />
      <source>What this network is for, in a sentence or two. Ctrl+Enter or leaving the field applies it.</source>
      <translation>À quoi sert ce réseau, en une phrase ou deux. Ctrl+Enter ou quitter le champ l'applique.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="193" />
      <source>What to measure after each epoch.</source>
      <translation>Ce qu'il faut mesurer après chaque époque.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/io.py" line="15" />
      <source>Where data enters the network. Its shape is the shape of one sample: [2] for two numbers, [1, 28, 28] for a grey 28x28 image, [28, 28] for a sequence of 28 steps of 28 features.</source>
      <translation>Là où les données entrent dans le réseau. Sa forme est celle d'un échantillon : [2] pour deux nombres, [1, 28, 28] pour une image 28x28 en niveaux de gris, [28, 28] pour une séquence de 28 pas de 28 caractéristiques.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="68" />
      <source>Where the network trains. auto: CUDA when there is a CUDA device, else the CPU.</source>
      <translation>Où le réseau s'entraîne. auto : CUDA s'il y a un périphérique CUDA, sinon le CPU.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="113" />
      <source>Where the pictures are written: a new or empty folder, one folder per class</source>
      <translation>Où les images sont écrites : un dossier nouveau ou vide, un dossier par classe</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="89" />
      <source>Which of the layer's tensors the heat map shows</source>
      <translation>Le tenseur de la couche que montre la carte de chaleur</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="26" />
      <source>Which places a convolution's feature maps that matter for the class light up (Grad-CAM), enlarged to the input's size</source>
      <translation>Les endroits où s'allument les cartes de caractéristiques d'une convolution qui comptent pour la classe (Grad-CAM), agrandis à la taille de l'entrée</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="70" />
      <source>Which sample of the test split to look at</source>
      <translation>Quel échantillon de l'ensemble de test examiner</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="161" />
      <source>Which setting mattered</source>
      <translation>Quel réglage a compté</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pretrained.py" line="184" />
      <source>Which stages learn: all, none (frozen features), or a stage name: it and the stages after it learn</source>
      <translation>Quels étages apprennent : all, none (caractéristiques gelées), ou un nom d'étage : cet étage et les suivants apprennent</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pretrained.py" line="180" />
      <source>Which torchvision backbone</source>
      <translation>Quel réseau de base torchvision</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="31" />
      <source>Why</source>
      <translation>Raison</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="89" />
      <source>Width of the inner feed-forward network (PyTorch's default is 2048)</source>
      <translation>Largeur du réseau feed-forward interne (2048 par défaut dans PyTorch)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pool.py" line="57" />
      <source>Window size: one number, or one per spatial dimension</source>
      <translation>Taille de la fenêtre : un nombre, ou un par dimension spatiale</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="35" />
      <source>With no layer selected, the design's name, description and training settings</source>
      <translation>Sans couche sélectionnée : le nom, la description et les réglages d'entraînement de la conception</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="63" />
      <source>Worksheet: {name}</source>
      <translation>Fiche d'exercices : {name}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_tensorboard.py" line="107" />
      <source>Write each run's loss, accuracy (or mae, r2) and learning rate per epoch for TensorBoard, in a subfolder of this folder named after the design and the time; view them with tensorboard --logdir {folder}. A preference of this window, not saved in the design.</source>
      <translation>Écrire la perte, l'exactitude (ou mae, r2) et le taux d'apprentissage de chaque exécution à chaque époque pour TensorBoard, dans un sous-dossier de ce dossier nommé d'après la conception et l'heure ; affichez-les avec tensorboard --logdir {folder}. Une préférence de cette fenêtre, non enregistrée dans la conception.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="341" />
      <source>Write the pictures into</source>
      <translation>Écrire les images dans</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="307" />
      <source>Writing {n} pictures to {folder}…</source>
      <translation>Écriture de {n} images dans {folder}…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="137" />
      <source>Writing {path}…</source>
      <translation>Écriture de {path}…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="323" />
      <source>Wrote {n} pictures in {classes} classes to {path}, but the design was not changed: {reason}</source>
      <translation>{n} images en {classes} classes écrites dans {path}, mais la conception n'a pas été modifiée : {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="321" />
      <source>Wrote {n} pictures in {classes} classes to {path}: the design now trains on them (Train, or undo to go back).</source>
      <translation>{n} images en {classes} classes écrites dans {path} : la conception s'entraîne maintenant sur elles (Entraîner, ou annulez pour revenir en arrière).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/answers.py" line="55" />
      <source>Your answer (handed in with File &gt; Save My Work…)</source>
      <translation>Votre réponse (rendue avec Fichier &gt; Enregistrer mon travail…)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="97" />
      <source>Your design, weights, runs, lesson step and answers as one file to hand in</source>
      <translation>Votre conception, vos poids, vos exécutions, votre étape de leçon et vos réponses dans un seul fichier à rendre</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="266" />
      <source>Your input</source>
      <translation>Votre entrée</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/followers_activations.py" line="15" />
      <source>Your input (Try it)</source>
      <translation>Votre entrée (Essayer)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="168" />
      <source>Your name (your teacher sees it):</source>
      <translation>Votre nom (votre professeur le voit) :</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="128" />
      <source>Your own CSV file: path, target column, optional features and task.</source>
      <translation>Votre propre fichier CSV : chemin, colonne cible, et en option les caractéristiques et la tâche.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="130" />
      <source>Your own images: a folder per class (torchvision's ImageFolder layout), resized to the Input; optional test_path, size, channels, resize, preload.</source>
      <translation>Vos propres images : un dossier par classe (organisation ImageFolder de torchvision), redimensionnées à la taille de l'Input ; options test_path, size, channels, resize, preload.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="123" />
      <source>Zalando clothing in 10 classes, 28x28 grey, 60000 train / 10000 test.</source>
      <translation>Vêtements Zalando en 10 classes, 28x28 en niveaux de gris, 60000 d'entraînement / 10000 de test.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="112" />
      <source>Zeros added on each side; (kernel_size - 1) / 2 keeps the size</source>
      <translation>Zéros ajoutés de chaque côté ; (kernel_size - 1) / 2 conserve la taille</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="55" />
      <source>Zoom &amp;In</source>
      <translation>Zoom &amp;avant</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="56" />
      <source>Zoom &amp;Out</source>
      <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="17" />
      <source>[C, H, W]</source>
      <translation>[C, H, W]</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="16" />
      <source>[C, L] (channels, length)</source>
      <translation>[C, L] (canaux, longueur)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/norm.py" line="21" />
      <source>[F] (features) or [C, L] (channels, length)</source>
      <translation>[F] (caractéristiques) ou [C, L] (canaux, longueur)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="90" />
      <source>a FIFO</source>
      <translation>un tube FIFO</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="48" />
      <source>a class name cannot start with a dot (the folder would be hidden): start it with a letter or digit</source>
      <translation>un nom de classe ne peut pas commencer par un point (le dossier serait caché) : commencez-le par une lettre ou un chiffre</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="40" />
      <source>a class name has at most {most} characters; this one has {count}: shorten it</source>
      <translation>un nom de classe a au plus {most} caractères ; celui-ci en a {count} : raccourcissez-le</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="45" />
      <source>a class name is a folder name, so it cannot hold {shown}: use letters, digits, spaces, - or _</source>
      <translation>un nom de classe est un nom de dossier, il ne peut donc pas contenir {shown} : utilisez des lettres, des chiffres, des espaces, - ou _</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="38" />
      <source>a class needs a name: type one (like cats or thumbs up)</source>
      <translation>une classe a besoin d'un nom : tapez-en un (comme chats ou pouce levé)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="84" />
      <source>a classification</source>
      <translation>une classification</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="104" />
      <source>a classifier needs {least} or more classes: add a class</source>
      <translation>un classifieur nécessite au moins {least} classes : ajoutez une classe</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="105" />
      <source>a classifier needs {least} or more classes: add two classes</source>
      <translation>un classifieur nécessite au moins {least} classes : ajoutez deux classes</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/inspection.py" line="102" />
      <source>a decision boundary needs 1 or 2 input features; this dataset has {dims}</source>
      <translation>une frontière de décision nécessite 1 ou 2 caractéristiques d'entrée ; ce jeu de données en a {dims}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="89" />
      <source>a device</source>
      <translation>un périphérique</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="89" />
      <source>a folder</source>
      <translation>un dossier</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="61" />
      <source>a huge number</source>
      <translation>un nombre énorme</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="178" />
      <source>a layer cannot feed itself</source>
      <translation>une couche ne peut pas s'alimenter elle-même</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="89" />
      <source>a link</source>
      <translation>un lien</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="93" />
      <source>a new class's name, then Enter</source>
      <translation>le nom d'une nouvelle classe, puis Enter</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="97" />
      <source>a node with id '{node_id}' already exists</source>
      <translation>un nœud d'identifiant '{node_id}' existe déjà</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="134" />
      <source>a non-number ({value!r})</source>
      <translation>une valeur non numérique ({value!r})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="32" />
      <source>a number has {digits:,} digits (at most {max_digits} are accepted)</source>
      <translation>un nombre a {digits:,} chiffres (au plus {max_digits} sont acceptés)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="39" />
      <source>a number is written with {n_text:,} characters (at most {max_digits} digits)</source>
      <translation>un nombre est écrit avec {n_text:,} caractères (au plus {max_digits} chiffres)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="84" />
      <source>a regression</source>
      <translation>une régression</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="279" />
      <source>a run is going on: stop it first</source>
      <translation>une exécution est en cours : arrêtez-la d'abord</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="216" />
      <source>a run or an evaluation is going on: stop it, then find a learning rate</source>
      <translation>une exécution ou une évaluation est en cours : arrêtez-la, puis cherchez un taux d'apprentissage</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="91" />
      <source>a socket</source>
      <translation>un socket</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="231" />
      <source>a sweep needs at least one --param NAME=SPEC, e.g. {examples}</source>
      <translation>un balayage nécessite au moins un --param NAME=SPEC, par ex. {examples}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="29" />
      <source>a tenth of the rate at which the loss (each batch's with the 3 before and after it, their median) was lowest (fastai's “minimum” rule): an order of magnitude below where the loss stops falling</source>
      <translation>un dixième du taux auquel la perte (celle de chaque lot avec les 3 qui le précèdent et les 3 qui le suivent, leur médiane) était la plus basse (règle « minimum » de fastai) : un ordre de grandeur en dessous de l'endroit où la perte cesse de baisser</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="88" />
      <source>a {type}</source>
      <translation>un {type}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="59" />
      <source>a {type} of {count:,} items</source>
      <translation>un {type} de {count:,} éléments</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plots.py" line="44" />
      <source>accuracy</source>
      <translation>exactitude</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="196" />
      <source>accuracy {accuracy:.1f}%</source>
      <translation>exactitude {accuracy:.1f} %</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="361" />
      <source>accuracy {share} ({correct:,} of {total:,} samples)</source>
      <translation>exactitude {share} ({correct:,} échantillons sur {total:,})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="101" />
      <source>adds a constant</source>
      <translation>ajoute une constante</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="374" />
      <source>all</source>
      <translation>tous</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/vision.py" line="36" />
      <source>allow downloading so torchvision fetches it (needs internet)</source>
      <translation>autorisez le téléchargement pour que torchvision le récupère (nécessite internet)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="110" />
      <source>an input of shape {x_shape} is not a sample of this network's input</source>
      <translation>une entrée de forme {x_shape} n'est pas un échantillon de l'entrée de ce réseau</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="24" />
      <source>answers</source>
      <translation>réponses</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="196" />
      <source>answers is not text by step number</source>
      <translation>answers n'est pas un texte par numéro d'étape</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="259" />
      <source>at the end of epoch {epoch}</source>
      <translation>à la fin de l'époque {epoch}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/evaluation.py" line="100" />
      <source>at the start of training</source>
      <translation>au début de l'entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="197" />
      <source>augmentation</source>
      <translation>augmentation</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="194" />
      <source>auto</source>
      <translation>auto</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="30" />
      <source>auto (CPU on this machine)</source>
      <translation>auto (CPU sur cette machine)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="29" />
      <source>auto (CUDA on this machine)</source>
      <translation>auto (CUDA sur cette machine)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="87" />
      <source>automatic</source>
      <translation>automatique</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="279" />
      <source>average</source>
      <translation>moyenne</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="279" />
      <source>average of {n}</source>
      <translation>moyenne de {n}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="296" />
      <source>averaged over {n} {words}</source>
      <translation>moyenne sur {n} {words}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="169" />
      <source>batch size</source>
      <translation>taille de lot</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="146" />
      <source>bce expects one probability per output, but the network ends in {type}. Use cross_entropy with Softmax, or end in Sigmoid.</source>
      <translation>bce attend une probabilité par sortie, mais le réseau se termine par {type}. Utilisez cross_entropy avec Softmax, ou terminez par Sigmoid.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/preview.py" line="24" />
      <source>before training</source>
      <translation>avant l'entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="117" />
      <source>biases</source>
      <translation>biais</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="349" />
      <source>biases ({n:,})</source>
      <translation>biais ({n:,})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="176" />
      <source>both ends must be nodes of this design</source>
      <translation>les deux extrémités doivent être des nœuds de cette conception</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="29" />
      <source>brightness</source>
      <translation>luminosité</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="52" />
      <source>by class</source>
      <translation>par classe</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="124" />
      <source>by class: the classes in their order; by error: the classes with the most wrongly predicted samples first</source>
      <translation>par classe : les classes dans leur ordre ; par erreur : d'abord les classes ayant le plus d'échantillons mal prédits</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="52" />
      <source>by error</source>
      <translation>par erreur</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/camera_feed.py" line="238" />
      <source>camera off</source>
      <translation>caméra éteinte</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="185" />
      <source>cannot allocate the traced run's input, {batch} samples of shape {shape} ({exc}): give a smaller input shape (--input-shape), the size of one real sample</source>
      <translation>impossible d'allouer l'entrée de l'exécution tracée, {batch} échantillons de forme {shape} ({exc}) : indiquez une forme d'entrée plus petite (--input-shape), la taille d'un vrai échantillon</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="201" />
      <source>cannot connect {source} to {target}: {reason}</source>
      <translation>impossible de connecter {source} à {target} : {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/tensorboard.py" line="79" />
      <source>cannot create the TensorBoard folder {folder} ({strerror}); give a folder you can write to</source>
      <translation>impossible de créer le dossier TensorBoard {folder} ({strerror}) ; indiquez un dossier dans lequel vous pouvez écrire</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="88" />
      <source>cannot export {label} to ONNX: the model fails on a sample batch ({first_line})</source>
      <translation>impossible d'exporter {label} en ONNX : le modèle échoue sur un lot d'exemple ({first_line})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="106" />
      <source>cannot export {label} to ONNX: the model is too large for one ONNX file ({first_line})</source>
      <translation>impossible d'exporter {label} en ONNX : le modèle est trop grand pour un seul fichier ONNX ({first_line})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="113" />
      <source>cannot export {label} to ONNX: {failures}</source>
      <translation>impossible d'exporter {label} en ONNX : {failures}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="405" />
      <source>cannot import {what}: forward() returns {ids!r} but the design ends in {outputs}</source>
      <translation>impossible d'importer {what} : forward() renvoie {ids!r} mais la conception se termine par {outputs}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="93" />
      <source>cannot import {what}: input shape {shape}: {problem}</source>
      <translation>impossible d'importer {what} : forme d'entrée {shape} : {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="415" />
      <source>cannot import {what}: it has {theirs:,} parameters but the imported design has {ours:,}{hint}</source>
      <translation>impossible d'importer {what} : il a {theirs:,} paramètres mais la conception importée en a {ours:,}{hint}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="401" />
      <source>cannot import {what}: the design it makes is not valid: {where}{message}</source>
      <translation>impossible d'importer {what} : la conception obtenue n'est pas valide : {where}{message}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="100" />
      <source>cannot import {what}: the traced run's input, {batch} samples of shape {shape}, needs about {human_bytes}, more than this computer has free: give a smaller input shape (--input-shape), the size of one real sample</source>
      <translation>impossible d'importer {what} : l'entrée de l'exécution tracée, {batch} échantillons de forme {shape}, nécessite environ {human_bytes}, plus que la mémoire libre de cet ordinateur : indiquez une forme d'entrée plus petite (--input-shape), la taille d'un vrai échantillon</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="148" />
      <source>cannot import {what}: {message}</source>
      <translation>impossible d'importer {what} : {message}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/figures.py" line="31" />
      <source>cannot save {path}: the folder {folder} does not exist</source>
      <translation>impossible d'enregistrer {path} : le dossier {folder} n'existe pas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/figures.py" line="34" />
      <source>cannot save {path}: writing the picture failed (is the disk full?)</source>
      <translation>impossible d'enregistrer {path} : l'écriture de l'image a échoué (le disque est-il plein ?)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="107" />
      <source>cannot write there ({reason}); give another file name</source>
      <translation>impossible d'écrire à cet endroit ({reason}) ; indiquez un autre nom de fichier</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="156" />
      <source>channel</source>
      <translation>canal</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="88" />
      <source>choose a folder to write the pictures into</source>
      <translation>choisissez un dossier où écrire les images</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="55" />
      <source>class</source>
      <translation>classe</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="20" />
      <source>class {i}</source>
      <translation>classe {i}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="323" />
      <source>class {name}: recall {recall} ({right:,} of its {total:,} samples predicted as {name})</source>
      <translation>classe {name} : rappel {recall} ({right:,} de ses {total:,} échantillons prédits comme {name})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet_pdf.py" line="216" />
      <source>class {n}</source>
      <translation>classe {n}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="160" />
      <source>class {target} is not an output of this network (it has {columns})</source>
      <translation>la classe {target} n'est pas une sortie de ce réseau (il en a {columns})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="26" />
      <source>color</source>
      <translation>couleur</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="334" />
      <source>colour scale ±{m:.3g}</source>
      <translation>échelle de couleurs ±{m:.3g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="302" />
      <source>column</source>
      <translation>colonne</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="26" />
      <source>completed</source>
      <translation>terminée</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/vision.py" line="45" />
      <source>connect to the internet so torchvision can download it</source>
      <translation>connectez-vous à internet pour que torchvision puisse le télécharger</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="185" />
      <source>connecting {source} to {target} would make a cycle: {target} already feeds {source}</source>
      <translation>connecter {source} à {target} créerait un cycle : {target} alimente déjà {source}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="29" />
      <source>contrast</source>
      <translation>contraste</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="81" />
      <source>cosine</source>
      <translation>cosinus</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="180" />
      <source>cosine: the rate at the last epoch.</source>
      <translation>cosine : le taux à la dernière époque.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/backbones.py" line="204" />
      <source>could not be downloaded from {url} (what came is damaged: its SHA-256 does not start with {digest}, as its name says).</source>
      <translation>n'ont pas pu être téléchargés depuis {url} (le fichier reçu est endommagé : son SHA-256 ne commence pas par {digest}, comme l'indique son nom).</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/backbones.py" line="210" />
      <source>could not be downloaded from {url} ({reason}).</source>
      <translation>n'ont pas pu être téléchargés depuis {url} ({reason}).</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/vision.py" line="34" />
      <source>could not read {label} from {where}: {exc}</source>
      <translation>impossible de lire {label} depuis {where} : {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="116" />
      <source>count</source>
      <translation>effectif</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="50" />
      <source>counts</source>
      <translation>effectifs</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="119" />
      <source>counts: samples in each cell; row %: each cell's share of its true class</source>
      <translation>effectifs : échantillons dans chaque cellule ; % ligne : part de chaque cellule dans sa vraie classe</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="75" />
      <source>creating {cls_name}() failed: {exc}</source>
      <translation>la création de {cls_name}() a échoué : {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="26" />
      <source>crop</source>
      <translation>recadrage</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="142" />
      <source>cross_entropy expects class scores or Softmax, but the network ends in Sigmoid. Use Softmax for several classes, or the bce loss for yes/no.</source>
      <translation>cross_entropy attend des scores de classe ou Softmax, mais le réseau se termine par Sigmoid. Utilisez Softmax pour plusieurs classes, ou la perte bce pour oui/non.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="34" />
      <source>csv file {candidate} is a folder, not a file</source>
      <translation>le fichier csv {candidate} est un dossier, pas un fichier</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="66" />
      <source>csv file {path} cannot be read: {exc}</source>
      <translation>le fichier csv {path} ne peut pas être lu : {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="74" />
      <source>csv file {path} has a header but no data rows</source>
      <translation>le fichier csv {path} a un en-tête mais aucune ligne de données</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="287" />
      <source>csv file {path} has no feature columns besides the target {target!r}</source>
      <translation>le fichier csv {path} n'a aucune colonne de caractéristiques en dehors de la cible {target!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="68" />
      <source>csv file {path} is empty: it needs a header row naming the columns, then data rows</source>
      <translation>le fichier csv {path} est vide : il lui faut une ligne d'en-tête qui nomme les colonnes, puis des lignes de données</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="63" />
      <source>csv file {path} is not UTF-8 text ({reason} at byte {start})</source>
      <translation>le fichier csv {path} n'est pas du texte UTF-8 ({reason} à l'octet {start})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="77" />
      <source>csv file {path} line {line} has {n_row} values but the header has {n_header} columns</source>
      <translation>le fichier csv {path}, ligne {line}, a {n_row} valeurs mais l'en-tête a {n_header} colonnes</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="52" />
      <source>csv file {path}: column {name!r} appears twice in the header</source>
      <translation>fichier csv {path} : la colonne {name!r} apparaît deux fois dans l'en-tête</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="240" />
      <source>csv file {path}: row {i} (line {line}), column {name!r}: the target is empty</source>
      <translation>fichier csv {path} : ligne de données {i} (ligne {line} du fichier), colonne {name!r} : la cible est vide</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="183" />
      <source>csv file {path}: row {i} (line {line}), column {name!r}: {what}</source>
      <translation>fichier csv {path} : ligne de données {i} (ligne {line} du fichier), colonne {name!r} : {what}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="153" />
      <source>csv file {path}: {role} column {name!r} is not in the file; available columns: {shown}</source>
      <translation>fichier csv {path} : la colonne {role} {name!r} n'est pas dans le fichier ; colonnes disponibles : {shown}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="35" />
      <source>csv file {raw} not found (looked for {candidates})</source>
      <translation>fichier csv {raw} introuvable (recherché : {candidates})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="42" />
      <source>cuda:{index}: {name} ({memory:.0f} GB)</source>
      <translation>cuda:{index} : {name} ({memory:.0f} GB)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="158" />
      <source>curves is not the two tensors batch_x and batch_loss</source>
      <translation>curves ne contient pas les deux tenseurs batch_x et batch_loss</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="397" />
      <source>data: {name}, {classes} classes; {plan}{preprocessing}</source>
      <translation>données : {name}, {classes} classes ; {plan}{preprocessing}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/summary.py" line="76" />
      <source>data: {problem}</source>
      <translation>données : {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="136" />
      <source>dataset</source>
      <translation>jeu de données</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="26" />
      <source>dataset 'csv' needs a 'path': the CSV file to read</source>
      <translation>le jeu de données 'csv' nécessite un 'path' : le fichier CSV à lire</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="271" />
      <source>dataset 'csv' needs a 'target': the name of the column to predict</source>
      <translation>le jeu de données 'csv' nécessite un 'target' : le nom de la colonne à prédire</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="283" />
      <source>dataset 'csv': features lists a column twice</source>
      <translation>jeu de données 'csv' : features cite une colonne deux fois</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="281" />
      <source>dataset 'csv': features must be a non-empty list of column names</source>
      <translation>jeu de données 'csv' : features doit être une liste non vide de noms de colonnes</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="269" />
      <source>dataset 'csv': task must be 'classification' or 'regression', not {task!r}</source>
      <translation>jeu de données 'csv' : task doit être 'classification' ou 'regression', pas {task!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="285" />
      <source>dataset 'csv': the target column {target!r} cannot also be a feature</source>
      <translation>jeu de données 'csv' : la colonne cible {target!r} ne peut pas être aussi une caractéristique</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="147" />
      <source>dataset 'csv': {role} must be a column name (a string), not {name!r}</source>
      <translation>jeu de données 'csv' : {role} doit être un nom de colonne (une chaîne), pas {name!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="42" />
      <source>dataset 'image_folder' needs a '{what}': the folder holding one sub-folder of images per class</source>
      <translation>le jeu de données 'image_folder' nécessite un '{what}' : le dossier contenant un sous-dossier d'images par classe</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="117" />
      <source>dataset 'image_folder' needs the image size: give the Input the shape [channels, height, width] (like [3, 64, 64]), or set the dataset's 'size' to [height, width]</source>
      <translation>le jeu de données 'image_folder' nécessite la taille des images : donnez à l'Input la forme [canaux, hauteur, largeur] (comme [3, 64, 64]), ou réglez 'size' du jeu de données sur [hauteur, largeur]</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="124" />
      <source>dataset 'image_folder' reads images as 1 channel (grey) or 3 (colour), not {channels!r}: make the Input's first number 1 or 3, or set the dataset's 'channels'</source>
      <translation>le jeu de données 'image_folder' lit les images avec 1 canal (niveaux de gris) ou 3 (couleur), pas {channels!r} : mettez le premier nombre de l'Input à 1 ou 3, ou réglez 'channels' du jeu de données</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="367" />
      <source>dataset 'image_folder': preload must be "auto", true or false, not {preload!r}</source>
      <translation>jeu de données 'image_folder' : preload doit valoir "auto", true ou false, pas {preload!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="110" />
      <source>dataset 'image_folder': resize must be true or false, not {resize!r}</source>
      <translation>jeu de données 'image_folder' : resize doit valoir true ou false, pas {resize!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="121" />
      <source>dataset 'image_folder': size must be [height, width], whole numbers from 1 to 4096, not {size!r}</source>
      <translation>jeu de données 'image_folder' : size doit être [hauteur, largeur], des nombres entiers de 1 à 4096, pas {size!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/loading.py" line="74" />
      <source>dataset '{ds_name}': validation {fraction} of {n} training samples leaves none to train on; lower the fraction or the limit</source>
      <translation>jeu de données '{ds_name}' : une validation de {fraction} sur {n} échantillons d'entraînement n'en laisse aucun pour l'entraînement ; réduisez la fraction ou la limite</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/loading.py" line="37" />
      <source>dataset '{name}': unknown option {key!r} (options: {allowed})</source>
      <translation>jeu de données '{name}' : option inconnue {key!r} (options : {allowed})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/loading.py" line="41" />
      <source>dataset '{name}': {key} must be {choices}, not {value!r}</source>
      <translation>jeu de données '{name}' : {key} doit être {choices}, pas {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="161" />
      <source>dataset is {shown}, not an object</source>
      <translation>dataset est {shown}, pas un objet</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/loading.py" line="112" />
      <source>dataset normalize must be true or false, not {normalize!r}</source>
      <translation>normalize du jeu de données doit valoir true ou false, pas {normalize!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/loading.py" line="54" />
      <source>dataset {key} {problem}</source>
      <translation>jeu de données : {key} {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="178" />
      <source>dataset.class_names has {n_names} names for {classes} classes</source>
      <translation>dataset.class_names a {n_names} noms pour {classes} classes</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="176" />
      <source>dataset.class_names is {shown}, not a list of names</source>
      <translation>dataset.class_names est {shown}, pas une liste de noms</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="169" />
      <source>dataset.input_shape is {shown}, not a list of 1 to 8 sizes</source>
      <translation>dataset.input_shape est {shown}, pas une liste de 1 à 8 tailles</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="172" />
      <source>dataset.input_shape {dims} holds more than 2**53 values</source>
      <translation>dataset.input_shape {dims} contient plus de 2**53 valeurs</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="183" />
      <source>dataset.name is {shown}, not a name</source>
      <translation>dataset.name est {shown}, pas un nom</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="164" />
      <source>dataset.task is {shown}, not one of {tasks}</source>
      <translation>dataset.task est {shown}, pas l'une des valeurs {tasks}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="166" />
      <source>dataset.task is {task} but the problem is {kind}</source>
      <translation>dataset.task vaut {task} mais le problème est {kind}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="28" />
      <source>degrees</source>
      <translation>degrés</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="173" />
      <source>description</source>
      <translation>description</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="49" />
      <source>device</source>
      <translation>périphérique</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="49" />
      <source>device cuda:{index} does not exist: this machine has 1 CUDA device (cuda:0)</source>
      <translation>le périphérique cuda:{index} n'existe pas : cette machine a 1 périphérique CUDA (cuda:0)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="51" />
      <source>device cuda:{index} does not exist: this machine has {count} CUDA devices (cuda:0 to cuda:{last})</source>
      <translation>le périphérique cuda:{index} n'existe pas : cette machine a {count} périphériques CUDA (cuda:0 à cuda:{last})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="190" />
      <source>device: {value} is not one of auto, cpu, cuda, cuda:N</source>
      <translation>périphérique : {value} ne fait pas partie de auto, cpu, cuda, cuda:N</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="96" />
      <source>did not run</source>
      <translation>non lancée</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="71" />
      <source>dilated kernel</source>
      <translation>noyau dilaté</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="145" />
      <source>dimension</source>
      <translation>dimension</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="27" />
      <source>direction</source>
      <translation>sens</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="27" />
      <source>diverged</source>
      <translation>divergée</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="103" />
      <source>download %p%</source>
      <translation>téléchargement %p %</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="332" />
      <source>dropout of every Dropout layer</source>
      <translation>dropout de toutes les couches Dropout</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="333" />
      <source>dropout of layer {node}</source>
      <translation>dropout de la couche {node}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="98" />
      <source>dropout: the design has no Dropout layer; add one, or sweep dropout:NODE_ID of a layer with a dropout setting</source>
      <translation>dropout : la conception n'a aucune couche Dropout ; ajoutez-en une, ou balayez dropout:NODE_ID d'une couche ayant un réglage dropout</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="35" />
      <source>duplicate</source>
      <translation>doublon</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/evaluation.py" line="100" />
      <source>during epoch {epoch}</source>
      <translation>pendant l'époque {epoch}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="93" />
      <source>each batch</source>
      <translation>chaque lot</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="172" />
      <source>each input row has {plural}; {width_note}</source>
      <translation>chaque ligne d'entrée a {plural} ; {width_note}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="26" />
      <source>early stopping</source>
      <translation>arrêt précoce</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="60" />
      <source>epoch</source>
      <translation>époque</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="140" />
      <source>epoch %p%</source>
      <translation>époque %p %</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="126" />
      <source>epoch of the run</source>
      <translation>époque de l'exécution</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="60" />
      <source>epoch {epoch}/{epochs} · batch {batch:,}/{batches:,} · lr {lr:.3g} · {speed:,.0f} samples/s · {elapsed} elapsed · {left}</source>
      <translation>époque {epoch}/{epochs} · lot {batch:,}/{batches:,} · lr {lr:.3g} · {speed:,.0f} échantillons/s · {elapsed} écoulé · {left}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="167" />
      <source>epochs</source>
      <translation>époques</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet_pdf.py" line="168" />
      <source>epochs 1 to {n}</source>
      <translation>époques 1 à {n}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="164" />
      <source>expected a list of input rows, not the single number {item!r}</source>
      <translation>liste de lignes d'entrée attendue, pas le nombre seul {item!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="180" />
      <source>expected a list of input rows, not {what}{value}</source>
      <translation>liste de lignes d'entrée attendue, pas {what}{value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="183" />
      <source>expected at least one input row</source>
      <translation>au moins une ligne d'entrée attendue</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="214" />
      <source>expected {n} numbers, got {value}</source>
      <translation>{n} nombres attendus, reçu {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="116" />
      <source>explaining class {name}</source>
      <translation>explication de la classe {name}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="114" />
      <source>explaining the output</source>
      <translation>explication de la sortie</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain_data.py" line="113" />
      <source>explaining the probability of {name}</source>
      <translation>explication de la probabilité de {name}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="27" />
      <source>failed</source>
      <translation>échouée</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="158" />
      <source>feature</source>
      <translation>caractéristique</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="24" />
      <source>final accuracy</source>
      <translation>exactitude finale</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="24" />
      <source>final loss</source>
      <translation>perte finale</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="26" />
      <source>flip</source>
      <translation>retournement</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="219" />
      <source>forward() returns {name}, not one tensor; a netbuilder design has one output</source>
      <translation>forward() renvoie {name}, pas un seul tenseur ; une conception netbuilder a une seule sortie</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="213" />
      <source>forward() takes a second input ({node_name!r}); a netbuilder design has one Input</source>
      <translation>forward() prend une deuxième entrée ({node_name!r}) ; une conception netbuilder a un seul Input</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="377" />
      <source>forward() uses the {kind} '{target}' directly; netbuilder imports only layers of its catalogue (put the weights in a catalogue layer)</source>
      <translation>forward() utilise directement le {kind} '{target}' ; netbuilder n'importe que les couches de son catalogue (placez les poids dans une couche du catalogue)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="351" />
      <source>forward()'s return</source>
      <translation>le retour de forward()</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/summary.py" line="84" />
      <source>free memory unknown here</source>
      <translation>mémoire libre inconnue ici</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="357" />
      <source>function {function} (node '{node}')</source>
      <translation>fonction {function} (nœud '{node}')</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="147" />
      <source>gate unit</source>
      <translation>unité de porte</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="207" />
      <source>gradcam explains image-like inputs (channels and 1 or 2 axes); this input has shape {batch_shape}</source>
      <translation>gradcam explique des entrées de type image (canaux et 1 ou 2 axes) ; cette entrée a la forme {batch_shape}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="202" />
      <source>gradcam looks at a convolution's output; node {node!r} is a {kind}, not a Conv2d or Conv1d</source>
      <translation>gradcam examine la sortie d'une convolution ; le nœud {node!r} est un {kind}, pas un Conv2d ni un Conv1d</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="200" />
      <source>gradcam looks at a convolution's output; node {node!r} is a {kind}, not a Conv2d or Conv1d outside a squeeze-and-excitation block</source>
      <translation>gradcam examine la sortie d'une convolution ; le nœud {node!r} est un {kind}, pas un Conv2d ni un Conv1d hors d'un bloc squeeze-and-excitation</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="192" />
      <source>gradcam needs a convolution (Conv2d or Conv1d) in the network, and this one has none; use saliency, integrated_gradients or occlusion</source>
      <translation>gradcam nécessite une convolution (Conv2d ou Conv1d) dans le réseau, et celui-ci n'en a aucune ; utilisez saliency, integrated_gradients ou occlusion</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="197" />
      <source>gradcam: there is no node {node!r} in this network</source>
      <translation>gradcam : il n'y a pas de nœud {node!r} dans ce réseau</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="124" />
      <source>gradient norm</source>
      <translation>norme du gradient</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="360" />
      <source>gradient norm {norm:.3g}</source>
      <translation>norme du gradient {norm:.3g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="82" />
      <source>gradient norm {norm:.3g} ({share})</source>
      <translation>norme du gradient {norm:.3g} ({share})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="99" />
      <source>greyer</source>
      <translation>plus gris</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="147" />
      <source>hidden unit</source>
      <translation>unité cachée</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="139" />
      <source>history is {shown}, not a list of epochs</source>
      <translation>history est {shown}, pas une liste d'époques</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="27" />
      <source>horizontal</source>
      <translation>horizontal</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="243" />
      <source>horizontal (left-right) or vertical (upside down).</source>
      <translation>horizontal (gauche-droite) ou vertical (à l'envers).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="335" />
      <source>hover for values</source>
      <translation>survolez pour voir les valeurs</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="58" />
      <source>how many samples of this class there are</source>
      <translation>nombre d'échantillons de cette classe</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="49" />
      <source>image folder {raw} not found (looked for {candidates})</source>
      <translation>dossier d'images {raw} introuvable (recherché : {candidates})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="109" />
      <source>image folder {root} has no class folders inside it: {links_out}</source>
      <translation>le dossier d'images {root} ne contient aucun dossier de classe : {links_out}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="111" />
      <source>image folder {root} has no class folders: put the images of each class in a folder of its own inside it (like {cats} and {dogs})</source>
      <translation>le dossier d'images {root} n'a pas de dossiers de classes : placez les images de chaque classe dans un dossier qui lui est propre, à l'intérieur (comme {cats} et {dogs})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="117" />
      <source>image folder {root} has {n_classes} class folder ({classes}): a classifier needs 2 or more, one folder of images per class{links}</source>
      <translation>le dossier d'images {root} a {n_classes} dossier de classe ({classes}) : un classifieur en nécessite au moins 2, un dossier d'images par classe{links}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="136" />
      <source>image folder {root}: no image in the class folder {empty}{links} (images: {img_extensions})</source>
      <translation>dossier d'images {root} : aucune image dans le dossier de classe {empty}{links} (images : {img_extensions})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="138" />
      <source>image folder {root}: no image in the class folders {empty}{links} (images: {img_extensions})</source>
      <translation>dossier d'images {root} : aucune image dans les dossiers de classes {empty}{links} (images : {img_extensions})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="165" />
      <source>image {path} cannot be read ({reason}): replace it with a JPEG or PNG image, or take it out of the folder</source>
      <translation>l'image {path} ne peut pas être lue ({reason}) : remplacez-la par une image JPEG ou PNG, ou retirez-la du dossier</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="152" />
      <source>image {path} is not a regular file: take it out of the folder</source>
      <translation>l'image {path} n'est pas un fichier ordinaire : retirez-la du dossier</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="158" />
      <source>image {path} is {height}x{width} (height x width), more than the {max_pixels:,} pixels netbuilder decodes: make it smaller, or take it out of the folder</source>
      <translation>l'image {path} fait {height}x{width} (hauteur x largeur), plus que les {max_pixels:,} pixels que netbuilder décode : réduisez-la, ou retirez-la du dossier</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="187" />
      <source>image {path} is {img_height}x{img_width} (height x width) but the Input takes {height}x{width} and resize is off: resize the image, or set the dataset's resize to true</source>
      <translation>l'image {path} fait {img_height}x{img_width} (hauteur x largeur) mais l'Input prend {height}x{width} et resize est désactivé : redimensionnez l'image, ou réglez resize du jeu de données sur true</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pretrained.py" line="181" />
      <source>imagenet (torch's cache, downloaded on first use; netbuilder weights fetch MODEL gets them ahead), empty for random weights, or the path of a state_dict file</source>
      <translation>imagenet (cache de torch, téléchargés à la première utilisation ; netbuilder weights fetch MODEL les récupère à l'avance), vide pour des poids aléatoires, ou le chemin d'un fichier state_dict</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="411" />
      <source>in ? → out {out}</source>
      <translation>entrée ? → sortie {out}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="410" />
      <source>in {shapes} → out {out}</source>
      <translation>entrée {shapes} → sortie {out}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="159" />
      <source>index</source>
      <translation>indice</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="355" />
      <source>indexing [...] (node '{node}')</source>
      <translation>indexation [...] (nœud '{node}')</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="136" />
      <source>indices</source>
      <translation>indices</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="242" />
      <source>infinite</source>
      <translation>infinie</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="80" />
      <source>infinitely</source>
      <translation>infiniment</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="102" />
      <source>input</source>
      <translation>entrée</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="95" />
      <source>input channel</source>
      <translation>canal d'entrée</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="139" />
      <source>input channels</source>
      <translation>canaux d'entrée</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="207" />
      <source>input row {at} holds a number too large to use (value {column}); input values must be finite numbers</source>
      <translation>la ligne d'entrée {at} contient un nombre trop grand pour être utilisé (valeur {column}) ; les valeurs d'entrée doivent être des nombres finis</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="201" />
      <source>input row {number} has {plural}; {width_note}</source>
      <translation>la ligne d'entrée {number} a {plural} ; {width_note}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="151" />
      <source>input row {number} holds {why}</source>
      <translation>la ligne d'entrée {number} contient {why}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="216" />
      <source>input row {row} holds {value!r} (value {col}{beyond}); input values must be finite numbers</source>
      <translation>la ligne d'entrée {row} contient {value!r} (valeur {col}{beyond}) ; les valeurs d'entrée doivent être des nombres finis</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary.py" line="62" />
      <source>input {n}</source>
      <translation>entrée {n}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="195" />
      <source>input {port} of {target} is already taken; disconnect it first</source>
      <translation>l'entrée {port} de {target} est déjà occupée ; déconnectez-la d'abord</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="175" />
      <source>integrated_gradients needs between 2 and {max_steps} steps, not {steps}</source>
      <translation>integrated_gradients nécessite entre 2 et {max_steps} pas d'intégration, et non {steps}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="177" />
      <source>is empty</source>
      <translation>est vide</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="277" />
      <source>it does not give one tensor as netbuilder's {type} does</source>
      <translation>il ne donne pas un seul tenseur comme le fait le {type} de netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/common/camera.py" line="108" />
      <source>it gave no reason</source>
      <translation>aucune raison n'a été donnée</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="230" />
      <source>it has no submodule {sub_name!r} as netbuilder's {type} has</source>
      <translation>il n'a pas de sous-module {sub_name!r}, contrairement au {type} de netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="235" />
      <source>it has {label}={theirs}, and netbuilder's {type} cannot (it would have {label}={ours})</source>
      <translation>il a {label}={theirs}, ce que le {type} de netbuilder ne peut pas avoir (il aurait {label}={ours})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="241" />
      <source>it holds {names}, which netbuilder's {type} does not have</source>
      <translation>il contient {names}, que le {type} de netbuilder n'a pas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="243" />
      <source>it lacks {names}, which netbuilder's {type} has</source>
      <translation>il lui manque {names}, que le {type} de netbuilder possède</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_backbone.py" line="121" />
      <source>it trains {name} but freezes a stage after it; netbuilder's Pretrained trains a stage and all the stages after it</source>
      <translation>il entraîne {name} mais gèle un étage situé après ; le Pretrained de netbuilder entraîne un étage et tous les étages qui le suivent</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_backbone.py" line="111" />
      <source>its stage {stage_name} freezes some parameters and trains others; netbuilder's Pretrained trains whole stages: set requires_grad alike for each stage</source>
      <translation>son étage {stage_name} gèle certains paramètres et en entraîne d'autres ; le Pretrained de netbuilder entraîne des étages entiers : réglez requires_grad de la même façon dans tout l'étage</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_backbone.py" line="134" />
      <source>its weights do not have the names and shapes of the backbones netbuilder's Pretrained knows ({backbones})</source>
      <translation>ses poids n'ont pas les noms et les formes des réseaux de base que connaît le Pretrained de netbuilder ({backbones})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="182" />
      <source>its work part is not an object</source>
      <translation>sa partie travail n'est pas un objet</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="158" />
      <source>its work part is not text</source>
      <translation>sa partie travail n'est pas du texte</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="246" />
      <source>its {key} has shape {theirs} where netbuilder's {type} has {ours}</source>
      <translation>son {key} a la forme {theirs} alors que le {type} de netbuilder a {ours}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="101" />
      <source>joins fewer than two layer outputs</source>
      <translation>joint moins de deux sorties de couches</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="55" />
      <source>kernel</source>
      <translation>noyau</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="302" />
      <source>kernel tap</source>
      <translation>point du noyau</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="272" />
      <source>label {name}</source>
      <translation>étiquette {name}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="61" />
      <source>last</source>
      <translation>dernière</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="173" />
      <source>layer</source>
      <translation>couche</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="373" />
      <source>layer '{owner}' is a {class_label} that uses its own {kind} '{target}' in forward(), and netbuilder's catalogue has no such layer; build it from catalogue layers, or leave it out</source>
      <translation>la couche '{owner}' est un {class_label} qui utilise son propre {kind} '{target}' dans forward(), et le catalogue de netbuilder n'a pas de telle couche ; construisez-la à partir de couches du catalogue, ou laissez-la de côté</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_backbone.py" line="185" />
      <source>layer '{qualname}' is a {class_label}, and netbuilder's catalogue has no such layer; replace it with catalogue layers, or leave it out</source>
      <translation>la couche '{qualname}' est un {class_label}, et le catalogue de netbuilder n'a pas de telle couche ; remplacez-la par des couches du catalogue, ou laissez-la de côté</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="264" />
      <source>layer '{qualname}' is used more than once in forward() (shared weights); netbuilder gives every layer its own weights: make one module per use</source>
      <translation>la couche '{qualname}' est utilisée plus d'une fois dans forward() (poids partagés) ; netbuilder donne à chaque couche ses propres poids : créez un module par utilisation</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="276" />
      <source>layer '{target}' ({kind})</source>
      <translation>couche '{target}' ({kind})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="279" />
      <source>layer '{target}' is a {class_label}, and netbuilder's catalogue has no such layer; replace it with catalogue layers, or leave it out</source>
      <translation>la couche '{target}' est un {class_label}, et le catalogue de netbuilder n'a pas de telle couche ; remplacez-la par des couches du catalogue, ou laissez-la de côté</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="154" />
      <source>learning rate</source>
      <translation>taux d'apprentissage</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="87" />
      <source>learning rate (log scale)</source>
      <translation>taux d'apprentissage (échelle logarithmique)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/vision.py" line="37" />
      <source>leave both unset to let torchvision download it into {folder} (needs internet)</source>
      <translation>ne définissez ni l'un ni l'autre pour laisser torchvision le télécharger dans {folder} (nécessite internet)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="190" />
      <source>lesson is not an object</source>
      <translation>lesson n'est pas un objet</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="23" />
      <source>lesson step</source>
      <translation>étape de la leçon</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/gallery.py" line="213" />
      <source>lesson {name}: {steps} step</source>
      <translation>leçon {name} : {steps} étape</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/gallery.py" line="214" />
      <source>lesson {name}: {steps} steps</source>
      <translation>leçon {name} : {steps} étapes</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="193" />
      <source>lesson.{key} is not a whole number</source>
      <translation>lesson.{key} n'est pas un nombre entier</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="47" />
      <source>log scale</source>
      <translation>échelle logarithmique</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plots.py" line="53" />
      <source>loss</source>
      <translation>perte</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="328" />
      <source>loss (- - validation)</source>
      <translation>perte (- - validation)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="327" />
      <source>loss (smoothed)</source>
      <translation>perte (lissée)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/loop.py" line="223" />
      <source>loss on the training samples</source>
      <translation>perte sur les échantillons d'entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="194" />
      <source>loss {loss:.4g}</source>
      <translation>perte {loss:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="162" />
      <source>low..high, low..high:log or a,b,c</source>
      <translation>min..max, min..max:log ou a,b,c</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plots.py" line="44" />
      <source>mean absolute error</source>
      <translation>erreur absolue moyenne</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="198" />
      <source>mean absolute error {mae:.4g}</source>
      <translation>erreur absolue moyenne {mae:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="94" />
      <source>median of 7 batches</source>
      <translation>médiane de 7 lots</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/summary.py" line="87" />
      <source>memory to train (batch {batch:,}, {optimizer}): about {total}; {has}{verdict}</source>
      <translation>mémoire pour l'entraînement (lot de {batch:,}, {optimizer}) : environ {total} ; {has}{verdict}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="353" />
      <source>method .{method}() (node '{node}')</source>
      <translation>méthode .{method}() (nœud '{node}')</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="88" />
      <source>missing</source>
      <translation>manquant</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="185" />
      <source>missing; choose a dataset in the training settings (for example mnist)</source>
      <translation>manquant ; choisissez un jeu de données dans les réglages d'entraînement (par exemple mnist)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="159" />
      <source>momentum</source>
      <translation>momentum</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="116" />
      <source>must be a list of names, not {value!r}</source>
      <translation>doit être une liste de noms, pas {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="263" />
      <source>must be a list of steps such as {{"type": "flip"}}, not {value!r}</source>
      <translation>doit être une liste d'étapes comme {{"type": "flip"}}, pas {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/numbers.py" line="20" />
      <source>must be a number, not {value!r}</source>
      <translation>doit être un nombre, pas {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/numbers.py" line="35" />
      <source>must be a whole number, not {value!r}</source>
      <translation>doit être un nombre entier, pas {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="187" />
      <source>must be an object with a 'name', not {ds!r}</source>
      <translation>doit être un objet avec un 'name', pas {ds!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="211" />
      <source>must be an object with a 'name', not {scheduler!r}</source>
      <translation>doit être un objet avec un 'name', pas {scheduler!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="271" />
      <source>must be an object with a 'type', not {step!r}</source>
      <translation>doit être un objet avec un 'type', pas {step!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="100" />
      <source>must be an object, not {value!r}</source>
      <translation>doit être un objet, pas {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/numbers.py" line="24" />
      <source>must be at least {low:g}; it is {value}</source>
      <translation>doit valoir au moins {low:g} ; il vaut {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/numbers.py" line="38" />
      <source>must be at least {low}; it is {value}</source>
      <translation>doit valoir au moins {low} ; il vaut {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/numbers.py" line="40" />
      <source>must be at most {high:,}; it is {value:,}</source>
      <translation>doit valoir au plus {high:,} ; il vaut {value:,}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/numbers.py" line="26" />
      <source>must be at most {high:g}; it is {value}</source>
      <translation>doit valoir au plus {high:g} ; il vaut {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/numbers.py" line="22" />
      <source>must be greater than {low:g}; it is {value}</source>
      <translation>doit être supérieur à {low:g} ; il vaut {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="172" />
      <source>name</source>
      <translation>nom</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="220" />
      <source>nearest copies values; bilinear interpolates (images only)</source>
      <translation>nearest copie les valeurs ; bilinear interpole (images uniquement)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="15" />
      <source>netbuilder checkpoints (*.ckpt);;All files (*)</source>
      <translation>Points de contrôle netbuilder (*.ckpt);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="24" />
      <source>netbuilder design</source>
      <translation>conception netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="53" />
      <source>netbuilder designs and checkpoints (*.json *.ckpt *.pt);;All files (*)</source>
      <translation>Conceptions et points de contrôle netbuilder (*.json *.ckpt *.pt);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="16" />
      <source>netbuilder lessons (*.json *.nblesson);;All files (*)</source>
      <translation>Leçons netbuilder (*.json *.nblesson);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="280" />
      <source>netbuilder was not closed properly. Restore “{name}” with its trained weights, as it was autosaved at {when}?</source>
      <translation>netbuilder n'a pas été fermé correctement. Restaurer « {name} » avec ses poids entraînés, tel qu'il a été enregistré automatiquement à {when} ?</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="282" />
      <source>netbuilder was not closed properly. Restore “{name}”, as it was autosaved at {when}?</source>
      <translation>netbuilder n'a pas été fermé correctement. Restaurer « {name} », tel qu'il a été enregistré automatiquement à {when} ?</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="22" />
      <source>netbuilder work (*.nbwork);;All files (*)</source>
      <translation>Travaux netbuilder (*.nbwork);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="304" />
      <source>netbuilder's {type} cannot be built with {params} ({exc})</source>
      <translation>le {type} de netbuilder ne peut pas être construit avec {params} ({exc})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="282" />
      <source>netbuilder's {type} computes other values from the same weights and inputs</source>
      <translation>le {type} de netbuilder calcule d'autres valeurs à partir des mêmes poids et entrées</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="268" />
      <source>netbuilder's {type} fails on its input ({exc})</source>
      <translation>le {type} de netbuilder échoue sur son entrée ({exc})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="279" />
      <source>netbuilder's {type} gives shape {got} instead of {expected}</source>
      <translation>le {type} de netbuilder donne la forme {got} au lieu de {expected}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="299" />
      <source>netbuilder's {type} would give shape {shape}, not {expected}</source>
      <translation>le {type} de netbuilder donnerait la forme {shape}, et non {expected}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="65" />
      <source>netbuilder, {date}        Name: ______________________________</source>
      <translation>netbuilder, {date}        Nom : ______________________________</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="48" />
      <source>network</source>
      <translation>réseau</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="203" />
      <source>network {n}</source>
      <translation>réseau {n}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="356" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="136" />
      <source>no batch</source>
      <translation>aucun lot</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="351" />
      <source>no biases in this layer</source>
      <translation>aucun biais dans cette couche</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/camera_feed.py" line="148" />
      <source>no camera</source>
      <translation>aucune caméra</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment.py" line="217" />
      <source>no design</source>
      <translation>aucune conception</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="158" />
      <source>no document</source>
      <translation>aucun document</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="362" />
      <source>no gradients yet:
they appear while it trains</source>
      <translation>pas encore de gradients :
ils apparaissent pendant l'entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_match.py" line="337" />
      <source>no layer of the catalogue builds it</source>
      <translation>aucune couche du catalogue ne le construit</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lessons.py" line="58" />
      <source>no lesson is open: open one first (File &gt; Open)</source>
      <translation>aucune leçon n'est ouverte : ouvrez-en une d'abord (Fichier &gt; Ouvrir)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="110" />
      <source>no pictures in {names} yet: hold Capture or use Add files for each</source>
      <translation>pas encore d'images dans {names} : maintenez le bouton de capture enfoncé ou utilisez Ajouter des fichiers pour chacune</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="109" />
      <source>no pictures in {names} yet: hold Capture or use Add files for it</source>
      <translation>pas encore d'images dans {names} : maintenez le bouton de capture enfoncé ou utilisez Ajouter des fichiers pour celle-ci</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="84" />
      <source>no predictions</source>
      <translation>aucune prédiction</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="362" />
      <source>no samples</source>
      <translation>aucun échantillon</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/session.py" line="303" />
      <source>no snapshot {index}: the timeline has {n_timeline}</source>
      <translation>pas d'instantané {index} : la chronologie en compte {n_timeline}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_checks.py" line="42" />
      <source>no trial of this sweep can train: {problem}</source>
      <translation>aucun essai de ce balayage ne peut s'entraîner : {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet_pdf.py" line="153" />
      <source>no values</source>
      <translation>aucune valeur</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="348" />
      <source>no weights</source>
      <translation>aucun poids</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="108" />
      <source>no {metric}</source>
      <translation>{metric} : aucune valeur</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="400" />
      <source>node '{node_id}': </source>
      <translation>nœud '{node_id}' : </translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="359" />
      <source>node '{node}'</source>
      <translation>nœud '{node}'</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="27" />
      <source>noise</source>
      <translation>bruit</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="80" />
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="124" />
      <source>norm</source>
      <translation>norme</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="94" />
      <source>not a regular file</source>
      <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="354" />
      <source>not run: trial {number} with the same settings is running (in another process)</source>
      <translation>non exécuté : l'essai {number} avec les mêmes réglages est en cours (dans un autre processus)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="155" />
      <source>not smoothed</source>
      <translation>sans lissage</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="49" />
      <source>not valid JSON: {name} is not a JSON number; write a number instead</source>
      <translation>JSON non valide : {name} n'est pas un nombre JSON ; écrivez plutôt un nombre</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="85" />
      <source>nothing called {name!r} to sweep: use {known}, dropout, dropout:NODE_ID, units:NODE_ID or a training setting's path such as scheduler.gamma</source>
      <translation>rien ne s'appelle {name!r} à balayer : utilisez {known}, dropout, dropout:NODE_ID, units:NODE_ID ou le chemin d'un réglage d'entraînement comme scheduler.gamma</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/export.py" line="86" />
      <source>nothing has been trained in this session yet: train first, then save</source>
      <translation>rien n'a encore été entraîné dans cette session : entraînez d'abord, puis enregistrez</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/session.py" line="389" />
      <source>nothing has been trained yet: press Train first</source>
      <translation>rien n'a encore été entraîné : appuyez d'abord sur Entraîner</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="147" />
      <source>nothing has been trained yet: train first</source>
      <translation>rien n'a encore été entraîné : entraînez d'abord</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="137" />
      <source>nothing has been trained yet: train first, then save a checkpoint</source>
      <translation>rien n'a encore été entraîné : entraînez d'abord, puis enregistrez un point de contrôle</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep_rows.py" line="29" />
      <source>now {value}</source>
      <translation>actuellement {value}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="129" />
      <source>null; input values must be numbers, not null</source>
      <translation>null ; les valeurs d'entrée doivent être des nombres, pas null</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="221" />
      <source>occlusion needs a window and a stride of at least 1, not {window} and {stride}</source>
      <translation>l'occlusion nécessite une fenêtre et un pas d'au moins 1, pas {window} et {stride}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="57" />
      <source>of the samples of this class, the share predicted as this class</source>
      <translation>parmi les échantillons de cette classe, la part prédite comme cette classe</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="56" />
      <source>of the samples predicted as this class, the share that really are this class</source>
      <translation>parmi les échantillons prédits comme cette classe, la part qui appartient vraiment à cette classe</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="219" />
      <source>off</source>
      <translation>désactivé</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="56" />
      <source>on</source>
      <translation>sur</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="70" />
      <source>on {dataset} ({samples:,} samples) with {device}</source>
      <translation>sur {dataset} ({samples:,} échantillons) avec {device}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="319" />
      <source>one tile per {what}, row by row</source>
      <translation>une case par {what}, ligne par ligne</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="166" />
      <source>only the learning rate can change during a run</source>
      <translation>seul le taux d'apprentissage peut changer pendant une exécution</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="169" />
      <source>onnxruntime cannot run the exported model ({reason})</source>
      <translation>onnxruntime ne peut pas exécuter le modèle exporté ({reason})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="151" />
      <source>optimizer</source>
      <translation>optimiseur</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="408" />
      <source>out {out}</source>
      <translation>sortie {out}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="87" />
      <source>output</source>
      <translation>sortie</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="139" />
      <source>output channel</source>
      <translation>canal de sortie</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="139" />
      <source>output channels</source>
      <translation>canaux de sortie</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="173" />
      <source>output shape</source>
      <translation>forme de sortie</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="102" />
      <source>output unit</source>
      <translation>unité de sortie</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/outputs.py" line="36" />
      <source>output: {values}</source>
      <translation>sortie : {values}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="27" />
      <source>p</source>
      <translation>p</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="99" />
      <source>paler</source>
      <translation>plus pâle</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="173" />
      <source>parameters</source>
      <translation>paramètres</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="41" />
      <source>per layer</source>
      <translation>par couche</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="41" />
      <source>per unit</source>
      <translation>par unité</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="81" />
      <source>plateau</source>
      <translation>plateau</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="182" />
      <source>plateau: epochs without progress before a cut.</source>
      <translation>plateau : époques sans progrès avant une réduction.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="186" />
      <source>plateau: the metric that must improve.</source>
      <translation>plateau : la métrique qui doit s'améliorer.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="184" />
      <source>plateau: what each cut multiplies the rate by.</source>
      <translation>plateau : facteur par lequel chaque réduction multiplie le taux.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="55" />
      <source>precision</source>
      <translation>précision</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="153" />
      <source>pred {name}: {p:.2f}</source>
      <translation>préd. {name} : {p:.2f}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="66" />
      <source>predicted</source>
      <translation>prédite</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="60" />
      <source>predicted class over the plane, {fade} where the network is less sure; points: training data</source>
      <translation>classe prédite sur le plan, {fade} là où le réseau est moins sûr ; points : données d'entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="63" />
      <source>predicted class over the plane; points: training data</source>
      <translation>classe prédite sur le plan ; points : données d'entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="154" />
      <source>predicted class {name}: probability {p:.3f}</source>
      <translation>classe prédite {name} : probabilité {p:.3f}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="47" />
      <source>predicted value over the plane; points: training data, coloured by target</source>
      <translation>valeur prédite sur le plan ; points : données d'entraînement, colorées selon la cible</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="326" />
      <source>predicted {name}: precision {precision} ({right:,} of the {total:,} samples predicted as {name} are class {name})</source>
      <translation>prédite {name} : précision {precision} ({right:,} des {total:,} échantillons prédits comme {name} sont de la classe {name})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/outputs.py" line="30" />
      <source>prediction: {name} ({p:.2f})</source>
      <translation>prédiction : {name} ({p:.2f})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/inspection.py" line="141" />
      <source>predictions by class need a classification dataset with one class per sample</source>
      <translation>les prédictions par classe nécessitent un jeu de données de classification avec une classe par échantillon</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="92" />
      <source>predicts {rows} (off by more than {tolerance:g})</source>
      <translation>prédit {rows} (écart de plus de {tolerance:g})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="91" />
      <source>predicts {rows} (within {tolerance:g})</source>
      <translation>prédit {rows} (à {tolerance:g} près)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="117" />
      <source>preprocess is {shown}, not an object</source>
      <translation>preprocess vaut {shown}, pas un objet</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="130" />
      <source>preprocess.std holds 0; a standard deviation divides</source>
      <translation>preprocess.std contient 0 ; or on divise par un écart type</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="125" />
      <source>preprocess.{key} is an empty list</source>
      <translation>preprocess.{key} est une liste vide</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="87" />
      <source>probability</source>
      <translation>probabilité</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="55" />
      <source>probability of each class along the input; points: training data</source>
      <translation>probabilité de chaque classe le long de l'entrée ; points : données d'entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="52" />
      <source>probability of {name} along the input; points: training data</source>
      <translation>probabilité de {name} le long de l'entrée ; points : données d'entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="57" />
      <source>probability of {name} over the plane ({fade} near 0.5); points: training data</source>
      <translation>probabilité de {name} sur le plan ({fade} près de 0,5) ; points : données d'entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/outputs.py" line="33" />
      <source>probability of {name}: {p:.3f}</source>
      <translation>probabilité de {name} : {p:.3f}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/inspection.py" line="197" />
      <source>probe {kind!r}: {exc}</source>
      <translation>sonde {kind!r} : {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="100" />
      <source>problem is {shown}, not an object</source>
      <translation>problem vaut {shown}, pas un objet</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="105" />
      <source>problem.kind is {shown}, not one of {problem_kinds}</source>
      <translation>problem.kind vaut {shown}, ce qui n'est pas l'une des valeurs {problem_kinds}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="103" />
      <source>problem.loss is {shown}, not one of {losses}</source>
      <translation>problem.loss vaut {shown}, ce qui n'est pas l'une des valeurs {losses}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="27" />
      <source>pruned</source>
      <translation>élagué</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="149" />
      <source>query, key, value unit</source>
      <translation>unité requête, clé, valeur</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="326" />
      <source>ready to train</source>
      <translation>prêt pour l'entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="55" />
      <source>recall</source>
      <translation>rappel</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/autosave.py" line="187" />
      <source>recovered from the last session</source>
      <translation>récupéré de la dernière session</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="105" />
      <source>relative to the largest</source>
      <translation>par rapport au maximum</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep_rows.py" line="14" />
      <source>repeat</source>
      <translation>doublon</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plots.py" line="177" />
      <source>rewound here</source>
      <translation>retour en arrière ici</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="173" />
      <source>rose to {recent:.3g} from {low:.3g}</source>
      <translation>est remontée à {recent:.3g} depuis {low:.3g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="26" />
      <source>rotation</source>
      <translation>rotation</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="307" />
      <source>row</source>
      <translation>ligne</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="50" />
      <source>row %</source>
      <translation>% ligne</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="48" />
      <source>run</source>
      <translation>exécution</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="137" />
      <source>run %p%</source>
      <translation>exécution %p %</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="202" />
      <source>running it on an input of shape {shape} failed{where} ({exc}); check the input shape: one sample, without the batch</source>
      <translation>son exécution sur une entrée de forme {shape} a échoué{where} ({exc}) ; vérifiez la forme d'entrée : un échantillon, sans le lot</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="23" />
      <source>runs</source>
      <translation>exécutions</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="140" />
      <source>sample {index}</source>
      <translation>échantillon {index}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/inspection.py" line="63" />
      <source>sample {index} is not in the {split} split ({n_x} samples)</source>
      <translation>l'échantillon {index} n'est pas dans l'ensemble {split} ({n_x} échantillons)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="145" />
      <source>samples</source>
      <translation>échantillons</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="29" />
      <source>saturation</source>
      <translation>saturation</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="311" />
      <source>scalar</source>
      <translation>scalaire</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="28" />
      <source>scale</source>
      <translation>échelle</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="175" />
      <source>scheduler</source>
      <translation>planification</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="49" />
      <source>seconds</source>
      <translation>secondes</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="171" />
      <source>seed</source>
      <translation>graine</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="143" />
      <source>select a layer first</source>
      <translation>sélectionnez d'abord une couche</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="76" />
      <source>setting</source>
      <translation>réglage</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="157" />
      <source>sgd and rmsprop only: keep part of the previous step, like a rolling ball (0 to 1).</source>
      <translation>sgd et rmsprop uniquement : conserve une partie du pas précédent, comme une balle qui roule (0 à 1).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/scene.py" line="325" />
      <source>shape ?</source>
      <translation>forme ?</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary.py" line="74" />
      <source>show probability</source>
      <translation>afficher la probabilité</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="136" />
      <source>slice</source>
      <translation>tranche</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="136" />
      <source>slices</source>
      <translation>tranches</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plots.py" line="62" />
      <source>smoothed</source>
      <translation>lissée</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="54" />
      <source>smoothing</source>
      <translation>lissage</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="196" />
      <source>state_dict is not a set of named tensors</source>
      <translation>state_dict n'est pas un ensemble de tenseurs nommés</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="346" />
      <source>statistics ({n:,})</source>
      <translation>statistiques ({n:,})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="48" />
      <source>status</source>
      <translation>état</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="30" />
      <source>std</source>
      <translation>écart type</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="81" />
      <source>step</source>
      <translation>par paliers</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="176" />
      <source>step: epochs between two cuts of the rate.</source>
      <translation>step : époques entre deux réductions du taux.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="178" />
      <source>step: what each cut multiplies the rate by.</source>
      <translation>step : facteur par lequel chaque réduction multiplie le taux.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="26" />
      <source>stopped</source>
      <translation>arrêté</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="375" />
      <source>stopped before it finished: the sweep was stopped</source>
      <translation>arrêté avant la fin : le balayage a été arrêté</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="23" />
      <source>student</source>
      <translation>élève</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="143" />
      <source>study {study_name!r} sweeps {attrs} by {netbuilder_metric}; give the same --param and --metric, or another --study name</source>
      <translation>l'étude {study_name!r} balaie {attrs} selon {netbuilder_metric} ; donnez les mêmes --param et --metric, ou un autre nom avec --study</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="148" />
      <source>study {study_name!r} trained another design or other settings (--epochs, --limit...): its results would not compare; use another --study name</source>
      <translation>l'étude {study_name!r} a entraîné une autre conception ou d'autres réglages (--epochs, --limit...) : ses résultats ne seraient pas comparables ; utilisez un autre nom avec --study</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="156" />
      <source>study {study_name!r} was made to {lower} its metric; this sweep would {direction} it: use another --study name</source>
      <translation>l'étude {study_name!r} a été créée avec la direction {lower} pour sa métrique ; ce balayage utiliserait {direction} : utilisez un autre nom avec --study</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="145" />
      <source>suggested {rate}</source>
      <translation>suggéré : {rate}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="55" />
      <source>support</source>
      <translation>support</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="170" />
      <source>swings by {swing:.0%} of its level from batch to batch</source>
      <translation>varie de {swing:.0%} de son niveau d'un lot à l'autre</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="90" />
      <source>tensor</source>
      <translation>tenseur</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="23" />
      <source>test</source>
      <translation>test</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="49" />
      <source>test accuracy</source>
      <translation>exactitude de test</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="121" />
      <source>test folder {root} has the classes {found} but the training folder has {classes}: they must be the same{links}</source>
      <translation>le dossier de test {root} contient les classes {found}, mais le dossier d'entraînement contient {classes} : elles doivent être identiques{links}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="195" />
      <source>test has the key {shown}, not a name</source>
      <translation>test a la clé {shown}, pas un nom</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="192" />
      <source>test is {shown}, not an object</source>
      <translation>test vaut {shown}, pas un objet</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="61" />
      <source>the CUDA device {device}</source>
      <translation>le périphérique CUDA {device}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="28" />
      <source>the LR schedule</source>
      <translation>la planification du taux</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/tensorboard.py" line="74" />
      <source>the TensorBoard folder {folder} is a file; give a folder for the logs</source>
      <translation>le dossier TensorBoard {folder} est un fichier ; indiquez un dossier pour les journaux</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="28" />
      <source>the augmentation</source>
      <translation>l'augmentation</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="27" />
      <source>the batch size</source>
      <translation>la taille de lot</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="56" />
      <source>the class</source>
      <translation>la classe</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="73" />
      <source>the clipboard does not hold netbuilder layers</source>
      <translation>le presse-papiers ne contient pas de couches netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="83" />
      <source>the clipboard holds a bad position for {node}</source>
      <translation>le presse-papiers contient une position erronée pour {node}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="88" />
      <source>the clipboard holds a connection to a layer it does not hold</source>
      <translation>le presse-papiers contient une connexion vers une couche qu'il ne contient pas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="77" />
      <source>the clipboard holds an unknown layer: {layer}</source>
      <translation>le presse-papiers contient une couche inconnue : {layer}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="79" />
      <source>the clipboard holds bad parameters for {node}</source>
      <translation>le presse-papiers contient des paramètres erronés pour {node}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/clipboard.py" line="131" />
      <source>the clipboard holds no layers</source>
      <translation>le presse-papiers ne contient aucune couche</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="27" />
      <source>the dataset</source>
      <translation>le jeu de données</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/inspection.py" line="50" />
      <source>the dataset '{dataset_name}' has no {name} split</source>
      <translation>le jeu de données '{dataset_name}' n'a pas d'ensemble {name}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/trainer.py" line="395" />
      <source>the dataset '{dataset_name}' has no {split} split</source>
      <translation>le jeu de données '{dataset_name}' n'a pas d'ensemble {split}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="88" />
      <source>the dataset '{name}'</source>
      <translation>le jeu de données '{name}'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/loading.py" line="27" />
      <source>the dataset must be an object like {{"name": "mnist"}}, not {spec!r}</source>
      <translation>le jeu de données doit être un objet comme {{"name": "mnist"}}, pas {spec!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/loading.py" line="30" />
      <source>the dataset needs a 'name'; known datasets: {known}</source>
      <translation>le jeu de données nécessite un 'name' ; jeux de données connus : {known}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/optim.py" line="12" />
      <source>the design has no trainable parameters: add a layer with weights (e.g. Linear)</source>
      <translation>la conception n'a aucun paramètre entraînable : ajoutez une couche avec des poids (par ex. Linear)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="200" />
      <source>the design has {wanted:,} weights but the file holds {held:,} values</source>
      <translation>la conception a {wanted:,} poids, mais le fichier contient {held:,} valeurs</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="195" />
      <source>the design is locked</source>
      <translation>la conception est verrouillée</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="177" />
      <source>the design needs a name</source>
      <translation>la conception nécessite un nom</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="103" />
      <source>the design's Input takes {size} ({shape})</source>
      <translation>l'Input de la conception prend {size} ({shape})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="207" />
      <source>the design's weight {names} is not in the file</source>
      <translation>le poids {names} de la conception n'est pas dans le fichier</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="28" />
      <source>the device</source>
      <translation>le périphérique</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="146" />
      <source>the disk is full (or the quota is used up): nothing was saved there, and a file already there is unchanged; free some space or save elsewhere</source>
      <translation>le disque est plein (ou le quota est épuisé) : rien n'y a été enregistré, et un fichier déjà présent reste inchangé ; libérez de l'espace ou enregistrez ailleurs</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="27" />
      <source>the epochs</source>
      <translation>le nombre d'époques</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="171" />
      <source>the exported model gives outputs of shape {got}, PyTorch {expected}</source>
      <translation>le modèle exporté donne des sorties de forme {got}, PyTorch {expected}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="175" />
      <source>the exported model's outputs differ from PyTorch's by up to {worst:.3g}</source>
      <translation>les sorties du modèle exporté diffèrent de celles de PyTorch de {worst:.3g} au plus</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="209" />
      <source>the file holds the weight {names}, which the design does not have</source>
      <translation>le fichier contient le poids {names}, que la conception n'a pas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="262" />
      <source>the graph has a cycle through {nodes}</source>
      <translation>le graphe contient un cycle passant par {nodes}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="58" />
      <source>the harmonic mean of precision and recall</source>
      <translation>la moyenne harmonique de la précision et du rappel</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="167" />
      <source>the input is one row of {plural}; {width_note}</source>
      <translation>l'entrée est une ligne de {plural} ; {width_note}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="85" />
      <source>the layers</source>
      <translation>les couches</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="26" />
      <source>the learning rate</source>
      <translation>le taux d'apprentissage</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="192" />
      <source>the lesson</source>
      <translation>la leçon</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="25" />
      <source>the loss</source>
      <translation>la perte</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/onnx_export.py" line="81" />
      <source>the model</source>
      <translation>le modèle</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="144" />
      <source>the model is in use (training or evaluating): pause or stop the run, wait for its current batch, then predict</source>
      <translation>le modèle est en cours d'utilisation (entraînement ou évaluation) : mettez l'exécution en pause ou arrêtez-la, attendez la fin de son lot en cours, puis lancez la prédiction</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="66" />
      <source>the model is in use (training or evaluating): stop the run or let it end, then export</source>
      <translation>le modèle est en cours d'utilisation (entraînement ou évaluation) : arrêtez l'exécution ou laissez-la se terminer, puis exportez</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="26" />
      <source>the momentum</source>
      <translation>le momentum</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/session.py" line="123" />
      <source>the network changed: start a new session for it</source>
      <translation>le réseau a changé : démarrez une nouvelle session pour lui</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/predict.py" line="145" />
      <source>the network sees:</source>
      <translation>le réseau voit :</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="50" />
      <source>the network's output along its input; points: training data</source>
      <translation>la sortie du réseau le long de son entrée ; points : données d'entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="25" />
      <source>the number of samples</source>
      <translation>le nombre d'échantillons</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="43" />
      <source>the number {text}{more} is too large</source>
      <translation>le nombre {text}{more} est trop grand</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="25" />
      <source>the optimizer</source>
      <translation>l'optimiseur</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="88" />
      <source>the other training settings</source>
      <translation>les autres réglages d'entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="28" />
      <source>the output</source>
      <translation>la sortie</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="78" />
      <source>the preprocessing {key} has {n_value} values but a sample's first dimension has {first} (shape {shape})</source>
      <translation>le prétraitement {key} a {n_value} valeurs, mais la première dimension d'un échantillon en a {first} (forme {shape})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="379" />
      <source>the run has no finite {metric} to compare</source>
      <translation>l'exécution n'a aucune valeur finie de {metric} à comparer</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="96" />
      <source>the run {status}</source>
      <translation>état de l'exécution : {status}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="203" />
      <source>the runs and their boundaries do not match</source>
      <translation>les exécutions et leurs frontières ne correspondent pas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="199" />
      <source>the runs and their curves do not match</source>
      <translation>les exécutions et leurs courbes ne correspondent pas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="348" />
      <source>the same settings as trial {number} ({state}): its result reused, not trained again</source>
      <translation>les mêmes réglages que l'essai {number} ({state}) : son résultat est réutilisé, sans nouvel entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="161" />
      <source>the saved loss curve has a different number of x values and losses</source>
      <translation>la courbe de perte enregistrée n'a pas le même nombre de valeurs x et de pertes</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="27" />
      <source>the seed</source>
      <translation>la graine</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="57" />
      <source>the slow-motion delay must be a number of seconds, not {seconds!r}</source>
      <translation>le délai du ralenti doit être un nombre de secondes, pas {seconds!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="60" />
      <source>the slow-motion delay must be between 0 and {limit:g} s, not {value:g}</source>
      <translation>le délai du ralenti doit être compris entre 0 et {limit:g} s, pas {value:g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="223" />
      <source>the test suggests no learning rate: the loss never fell below where it began</source>
      <translation>le test ne suggère aucun taux d'apprentissage : la perte n'est jamais descendue sous son niveau de départ</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="88" />
      <source>the training settings</source>
      <translation>les réglages d'entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="24" />
      <source>the validation split</source>
      <translation>l'ensemble de validation</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="26" />
      <source>the weight decay</source>
      <translation>la décroissance des poids</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="213" />
      <source>the weight {name} has shape {shape} in the file but {shape2} in the design</source>
      <translation>le poids {name} a la forme {shape} dans le fichier, mais {shape2} dans la conception</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="32" />
      <source>the {setting}</source>
      <translation>le réglage {setting}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="227" />
      <source>the {shown} largest of {total:,} features</source>
      <translation>les {shown} plus grandes des {total:,} caractéristiques</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/inspection.py" line="138" />
      <source>the {split} split has {n_x:,} samples; at most {max_samples:,} are shown</source>
      <translation>l'ensemble {split} compte {n_x:,} échantillons ; {max_samples:,} au plus sont affichés</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/export.py" line="101" />
      <source>there are no trained weights to export yet: train first (or open a checkpoint)</source>
      <translation>il n'y a pas encore de poids entraînés à exporter : entraînez d'abord (ou ouvrez un point de contrôle)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lessons.py" line="60" />
      <source>there are no trained weights to save yet: train (and let the run end) first</source>
      <translation>il n'y a pas encore de poids entraînés à enregistrer : entraînez d'abord (et laissez l'exécution se terminer)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="53" />
      <source>there is a class '{text}' already: give each class its own name</source>
      <translation>il existe déjà une classe '{text}' : donnez à chaque classe son propre nom</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="247" />
      <source>there is no control named {name!r}</source>
      <translation>il n'y a pas de contrôle nommé {name!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="219" />
      <source>there is no edge from {source} to {target}</source>
      <translation>il n'y a pas de connexion de {source} à {target}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="129" />
      <source>there is no node '{node_id}'</source>
      <translation>il n'y a pas de nœud '{node_id}'</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="240" />
      <source>there is no panel named {name!r}</source>
      <translation>il n'y a pas de panneau nommé {name!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="83" />
      <source>there is no run {number}</source>
      <translation>il n'y a pas d'exécution {number}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="184" />
      <source>there is no training setting '{key}'; the settings are {names}</source>
      <translation>il n'y a pas de réglage d'entraînement '{key}' ; les réglages sont {names}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/device.py" line="35" />
      <source>this PyTorch build has no CUDA support (a CPU-only build)</source>
      <translation>cette version de PyTorch ne prend pas en charge CUDA (version CPU uniquement)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/memory.py" line="181" />
      <source>this computer</source>
      <translation>cet ordinateur</translation>
    </message>
    <message>
      <location filename="netbuilder/core/system.py" line="147" />
      <source>this container (its memory limit, {words}, of {limit})</source>
      <translation>ce conteneur (sa limite de mémoire, {words}, de {limit})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/system.py" line="91" />
      <source>this process (its address-space limit, ulimit -v, of {limit})</source>
      <translation>ce processus (sa limite d'espace d'adressage, ulimit -v, de {limit})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep.py" line="295" />
      <source>this sweep changes the data (a dataset setting, the seed, the split or the limit): it cannot train every trial on one given dataset</source>
      <translation>ce balayage modifie les données (un réglage du jeu de données, la graine, la répartition ou la limite) : il ne peut pas entraîner chaque essai sur un même jeu de données fourni</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="145" />
      <source>token</source>
      <translation>jeton</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/camera_feed.py" line="201" />
      <source>top: {classes}</source>
      <translation>en tête : {classes}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="164" />
      <source>torch.fx cannot trace its forward() ({exc}); forward() must run the same steps for every input: no if, for or while on tensor values, no .item() or .tolist(); make such steps fixed or leave them out</source>
      <translation>torch.fx ne peut pas tracer son forward() ({exc}) ; forward() doit exécuter les mêmes étapes pour chaque entrée : pas de if, for ou while sur des valeurs de tenseurs, pas de .item() ni de .tolist() ; rendez ces étapes fixes ou supprimez-les</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="23" />
      <source>train</source>
      <translation>entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="34" />
      <source>trained</source>
      <translation>entraîné</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plots.py" line="219" />
      <source>training</source>
      <translation>entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="302" />
      <source>training could not start</source>
      <translation>l'entraînement n'a pas pu démarrer</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="88" />
      <source>training loss</source>
      <translation>perte d'entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plots.py" line="60" />
      <source>training loss (per batch)</source>
      <translation>perte d'entraînement (par lot)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="259" />
      <source>training.loss: {loss!r} is not one of {losses}</source>
      <translation>training.loss : {loss!r} n'est pas l'une des valeurs {losses}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="26" />
      <source>training.{where}: {problem}</source>
      <translation>training.{where} : {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="141" />
      <source>training: must be an object, not {data!r}</source>
      <translation>training : doit être un objet, pas {data!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="271" />
      <source>trial {n}</source>
      <translation>essai {n}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="150" />
      <source>true class {name}: probability {p:.3f}</source>
      <translation>classe vraie {name} : probabilité {p:.3f}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="149" />
      <source>true {name}: {p:.2f}</source>
      <translation>vraie {name} : {p:.2f}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/followers.py" line="262" />
      <source>true {true}, predicted {pred}: {count:,} samples</source>
      <translation>classe vraie {true}, prédite {pred} : {count:,} échantillons</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/followers.py" line="261" />
      <source>true {true}, predicted {pred}: {count:,} samples (the first {shown})</source>
      <translation>classe vraie {true}, prédite {pred} : {count:,} échantillons (les {shown} premiers)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="277" />
      <source>true {true}, predicted {pred}: {samples}{share}{correct}</source>
      <translation>classe vraie {true}, prédite {pred} : {samples}{share}{correct}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="173" />
      <source>type</source>
      <translation>type</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="85" />
      <source>unit output</source>
      <translation>sortie de l'unité</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations_view.py" line="326" />
      <source>unit {index}</source>
      <translation>unité {index}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="44" />
      <source>unit {unit} of {node}: its output along the input; points: training data</source>
      <translation>unité {unit} de {node} : sa sortie le long de l'entrée ; points : données d'entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="41" />
      <source>unit {unit} of {node}: its output over the plane (orange &lt; 0 &lt; blue); points: training data</source>
      <translation>unité {unit} de {node} : sa sortie sur le plan (orange &lt; 0 &lt; bleu) ; points : données d'entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="338" />
      <source>units of layer {node} ({type} {parameter})</source>
      <translation>unités de la couche {node} ({type} {parameter})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/loading.py" line="32" />
      <source>unknown dataset {name!r}; known datasets: {known}</source>
      <translation>jeu de données inconnu {name!r} ; jeux de données connus : {known}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="40" />
      <source>unknown device {spec!r}; use {forms}</source>
      <translation>périphérique inconnu {spec!r} ; utilisez {forms}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="95" />
      <source>unknown explanation method {method!r}; one of {methods}</source>
      <translation>méthode d'explication inconnue {method!r} ; choisissez parmi {methods}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/view.py" line="223" />
      <source>unknown layer type '{layer}'</source>
      <translation>type de couche inconnu '{layer}'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/registry.py" line="28" />
      <source>unknown layer type '{type_name}'</source>
      <translation>type de couche inconnu '{type_name}'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="280" />
      <source>unknown parameter of {kind} (known: {known})</source>
      <translation>paramètre inconnu pour {kind} (connus : {known})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/inspection.py" line="193" />
      <source>unknown probe {kind!r}; one of {kinds}</source>
      <translation>sonde inconnue {kind!r} ; choisissez parmi {kinds}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="103" />
      <source>unknown setting (known: {keys})</source>
      <translation>réglage inconnu (connus : {keys})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/inspection.py" line="47" />
      <source>unknown split {name!r}; use train, val or test</source>
      <translation>ensemble inconnu {name!r} ; utilisez train, val ou test</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/trainer.py" line="393" />
      <source>unknown split {split!r}; use train, val or test</source>
      <translation>ensemble inconnu {split!r} ; utilisez train, val ou test</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="24" />
      <source>val MAE</source>
      <translation>MAE val.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="23" />
      <source>val accuracy</source>
      <translation>exactitude val.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="23" />
      <source>val loss</source>
      <translation>perte val.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="23" />
      <source>validation</source>
      <translation>validation</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="326" />
      <source>validation accuracy</source>
      <translation>exactitude de validation</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="202" />
      <source>validation accuracy {accuracy:.1f}%</source>
      <translation>exactitude de validation {accuracy:.1f} %</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="141" />
      <source>validation fraction</source>
      <translation>fraction de validation</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/loop.py" line="221" />
      <source>validation loss</source>
      <translation>perte de validation</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="200" />
      <source>validation loss {loss:.4g}</source>
      <translation>perte de validation {loss:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="116" />
      <source>value</source>
      <translation>valeur</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations_view.py" line="245" />
      <source>value {value:.4g}</source>
      <translation>valeur {value:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="145" />
      <source>values: {values}</source>
      <translation>valeurs : {values}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="28" />
      <source>vertical</source>
      <translation>vertical</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="162" />
      <source>weight decay</source>
      <translation>décroissance des poids</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="116" />
      <source>weights</source>
      <translation>poids</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="345" />
      <source>weights ({n:,})</source>
      <translation>poids ({n:,})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="187" />
      <source>weights is not a set of named tensors</source>
      <translation>weights n'est pas un ensemble de tenseurs nommés</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="258" />
      <source>when the run stopped in epoch {epoch}</source>
      <translation>quand l'exécution s'est arrêtée à l'époque {epoch}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations.py" line="41" />
      <source>whole network</source>
      <translation>tout le réseau</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pool.py" line="34" />
      <source>window</source>
      <translation>fenêtre</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="112" />
      <source>y = 2x + 1 on x = 0..99 (regression, unscaled x: try normalize).</source>
      <translation>y = 2x + 1 sur x = 0..99 (régression, x non mis à l'échelle : essayez normalize).</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/catalog.py" line="110" />
      <source>y = 2x on x = 1..5 (regression); test is the training set.</source>
      <translation>y = 2x sur x = 1..5 (régression) ; le test est l'ensemble d'entraînement.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect.py" line="244" />
      <source>{added} Not pictures, left out: {files}</source>
      <translation>{added} Fichiers qui ne sont pas des images, ignorés : {files}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="97" />
      <source>{at} (node {node_id})</source>
      <translation>{at} (nœud {node_id})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="107" />
      <source>{at}: 'params' must be an object</source>
      <translation>{at} : 'params' doit être un objet</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="135" />
      <source>{at}: 'port' must be a whole number &gt;= 0</source>
      <translation>{at} : 'port' doit être un nombre entier &gt;= 0</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="116" />
      <source>{at}: 'position' must be [x, y] (two finite numbers)</source>
      <translation>{at} : 'position' doit être [x, y] (deux nombres finis)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="93" />
      <source>{at}: a node must be an object with 'id' and 'type'</source>
      <translation>{at} : un nœud doit être un objet avec 'id' et 'type'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="96" />
      <source>{at}: a node needs an 'id' (a string)</source>
      <translation>{at} : un nœud nécessite un 'id' (une chaîne)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="125" />
      <source>{at}: an edge must be an object with 'source' and 'target' node ids</source>
      <translation>{at} : une connexion doit être un objet avec les identifiants de nœud 'source' et 'target'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="132" />
      <source>{at}: edge {src} -&gt; {dst} refers to a missing node {end}</source>
      <translation>{at} : la connexion {src} -&gt; {dst} fait référence à un nœud manquant {end}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="137" />
      <source>{at}: input {port} of node '{dst}' is fed twice</source>
      <translation>{at} : l'entrée {port} du nœud '{dst}' est alimentée deux fois</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="100" />
      <source>{at}: unknown field(s) {names}</source>
      <translation>{at} : champ(s) inconnu(s) {names}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="103" />
      <source>{at}: unknown layer type {shown}; 'type' must be a layer's name, like "Linear"</source>
      <translation>{at} : type de couche inconnu {shown} ; 'type' doit être le nom d'une couche, comme "Linear"</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="110" />
      <source>{at}: {problem}</source>
      <translation>{at} : {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="120" />
      <source>{c_in:,} → {c_out:,} channels, {kernel}</source>
      <translation>{c_in:,} → {c_out:,} canaux, {kernel}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="382" />
      <source>{category} layer '{id}'</source>
      <translation>couche {category} '{id}'</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/palette.py" line="118" />
      <source>{category} layers ({n})</source>
      <translation>couches {category} ({n})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="273" />
      <source>{causes}; the targets are large too (up to {top:.4g})</source>
      <translation>{causes} ; les cibles sont grandes aussi (jusqu'à {top:.4g})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="59" />
      <source>{clock} left</source>
      <translation>{clock} restant</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="58" />
      <source>{clock} left  (paused)</source>
      <translation>{clock} restant  (en pause)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="33" />
      <source>{cls_name} is not a class name; name the model as FILE.py:ClassName</source>
      <translation>{cls_name} n'est pas un nom de classe ; nommez le modèle sous la forme FILE.py:ClassName</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="67" />
      <source>{cls_name} needs constructor arguments ({needed}), but import builds it as {cls_name}(): give them default values, or import a subclass that passes them</source>
      <translation>{cls_name} nécessite des arguments de constructeur ({needed}), mais l'import le construit sous la forme {cls_name}() : donnez-leur des valeurs par défaut, ou importez une sous-classe qui les transmet</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="171" />
      <source>{cols} {col}</source>
      <translation>{cols} {col}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="344" />
      <source>{count:,} images of {shape} as uint8: {size}</source>
      <translation>{count:,} images de {shape} en uint8 : {size}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="275" />
      <source>{count:,} sample</source>
      <translation>{count:,} échantillon</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="275" />
      <source>{count:,} samples</source>
      <translation>{count:,} échantillons</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="95" />
      <source>{count} class folder is a link out of the folder, which netbuilder does not follow (a link could lead back in and loop): copy it in, or point the dataset at the folder that holds it</source>
      <translation>{count} dossier de classe est un lien vers l'extérieur du dossier, que netbuilder ne suit pas (un lien pourrait ramener à l'intérieur et tourner en boucle) : copiez-le dans le dossier, ou faites pointer le jeu de données vers le dossier qui le contient</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/listing.py" line="92" />
      <source>{count} class folders are links out of the folder, which netbuilder does not follow (a link could lead back in and loop): copy them in, or point the dataset at the folder that holds them</source>
      <translation>{count} dossiers de classes sont des liens vers l'extérieur du dossier, que netbuilder ne suit pas (un lien pourrait ramener à l'intérieur et tourner en boucle) : copiez-les dans le dossier, ou faites pointer le jeu de données vers le dossier qui les contient</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/timeline.py" line="56" />
      <source>{count} snapshot, {used:.1f} MB of {budget:.0f} MB</source>
      <translation>{count} instantané, {used:.1f} MB sur {budget:.0f} MB</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/timeline.py" line="57" />
      <source>{count} snapshots, {used:.1f} MB of {budget:.0f} MB</source>
      <translation>{count} instantanés, {used:.1f} MB sur {budget:.0f} MB</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="33" />
      <source>{dataset_name} gives samples of shape {shape} ({size} values), but the design's Input '{input_id}' expects {expected} ({expected_size} values). Set the Input shape to {shape}.</source>
      <translation>{dataset_name} donne des échantillons de forme {shape} ({size} valeurs), mais l'Input '{input_id}' de la conception attend {expected} ({expected_size} valeurs). Réglez la forme de l'Input sur {shape}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="75" />
      <source>{dataset_name} has {per_sample} target value(s) per sample, but the output '{output_id}' gives {values} ({shape}). Set the last layer's size to {per_sample}.</source>
      <translation>{dataset_name} a {per_sample} valeur(s) cible(s) par échantillon, mais la sortie '{output_id}' donne {values} ({shape}). Réglez la taille de la dernière couche sur {per_sample}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="62" />
      <source>{dataset_name}: the preprocessing scale, mean and std give values beyond float32's range; use a smaller scale or mean, or a larger std</source>
      <translation>{dataset_name} : l'échelle, la moyenne et l'écart type du prétraitement donnent des valeurs hors de la plage de float32 ; utilisez une échelle ou une moyenne plus petite, ou un écart type plus grand</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="56" />
      <source>{dataset_name}: the preprocessing scale, mean and std must be numbers (or lists of numbers, one per channel)</source>
      <translation>{dataset_name} : l'échelle, la moyenne et l'écart type du prétraitement doivent être des nombres (ou des listes de nombres, un par canal)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="59" />
      <source>{dataset_name}: the preprocessing std must not be 0</source>
      <translation>{dataset_name} : l'écart type du prétraitement ne doit pas valoir 0</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="62" />
      <source>{dataset_name}: unknown task {task!r}</source>
      <translation>{dataset_name} : tâche inconnue {task!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/memory.py" line="190" />
      <source>{design_name}: its {total_params:,} parameters need {needed} for the weights alone, but {where} has {free} free. The largest layers: {biggest}. Make them smaller.</source>
      <translation>{design_name} : ses {total_params:,} paramètres nécessitent {needed} pour les seuls poids, mais {where} dispose de {free} libres. Les plus grandes couches : {biggest}. Réduisez-les.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/trainer.py" line="114" />
      <source>{design_name}: the output shape cannot be inferred</source>
      <translation>{design_name} : la forme de sortie ne peut pas être déduite</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/memory.py" line="172" />
      <source>{design_name}: training needs about {needed} ({parts}), but {device} has {free} free. The largest layers: {biggest}. Make them smaller (fewer units, channels or features), use a smaller batch size, or train on a device with more memory{limit}.</source>
      <translation>{design_name} : l'entraînement nécessite environ {needed} ({parts}), mais {device} dispose de {free} libres. Les plus grandes couches : {biggest}. Réduisez-les (moins d'unités, de canaux ou de caractéristiques), utilisez une taille de lot plus petite, ou entraînez sur un périphérique doté de plus de mémoire{limit}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/compiler.py" line="124" />
      <source>{design}: node '{node_id}': {problem}</source>
      <translation>{design} : nœud '{node_id}' : {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/compiler.py" line="126" />
      <source>{design}: {problem}</source>
      <translation>{design} : {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="272" />
      <source>{done} Best: {run}, {metric} {value} ({settings}).</source>
      <translation>{done} Meilleure exécution : {run}, {metric} {value} ({settings}).</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="101" />
      <source>{done} of {total}</source>
      <translation>{done} sur {total}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="208" />
      <source>{epochs} epoch in {seconds:.1f} s</source>
      <translation>{epochs} époque en {seconds:.1f} s</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="209" />
      <source>{epochs} epochs in {seconds:.1f} s</source>
      <translation>{epochs} époques en {seconds:.1f} s</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_fields.py" line="195" />
      <source>{field}: {problem}</source>
      <translation>{field} : {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="56" />
      <source>{file} has no class {cls_name}{hint}</source>
      <translation>{file} n'a pas de classe {cls_name}{hint}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="38" />
      <source>{file}: cannot load it as Python source; give a .py file</source>
      <translation>{file} : impossible de le charger comme source Python ; fournissez un fichier .py</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="31" />
      <source>{file}: no such file</source>
      <translation>{file} : fichier introuvable</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="30" />
      <source>{file}: no such file (it is a folder)</source>
      <translation>{file} : fichier introuvable (c'est un dossier)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="49" />
      <source>{file}: running the file failed: {exc}</source>
      <translation>{file} : l'exécution du fichier a échoué : {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="59" />
      <source>{file}: {cls_name} is not an nn.Module class</source>
      <translation>{file} : {cls_name} n'est pas une classe nn.Module</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/locks.py" line="40" />
      <source>{first} and {last}</source>
      <translation>{first} et {last}</translation>
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
      <translation>{flops:,} opérations en virgule flottante pour faire passer un échantillon vers l'avant (une multiplication-addition compte pour 2) ; {size:,} octets de sorties de couches conservés pour la rétropropagation</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training_tensorboard.py" line="112" />
      <source>{folder}
Click to choose another folder for the TensorBoard logs.</source>
      <translation>{folder}
Cliquez pour choisir un autre dossier pour les journaux TensorBoard.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="264" />
      <source>{folder} holds {n} work files; the first {most} by name are opened: split the class into folders of at most {most}</source>
      <translation>{folder} contient {n} fichiers de travail ; seuls les {most} premiers par nom sont ouverts : répartissez la classe dans des dossiers de {most} au plus</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="260" />
      <source>{folder}: no such folder</source>
      <translation>{folder} : dossier introuvable</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="111" />
      <source>{found}; {more}</source>
      <translation>{found} ; {more}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="57" />
      <source>{help} It may change during a run: it applies from the next batch.</source>
      <translation>{help} Il peut changer pendant une exécution : il s'applique à partir du lot suivant.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="119" />
      <source>{item!r} is not one of {choices}</source>
      <translation>{item!r} n'est pas l'une des valeurs {choices}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="237" />
      <source>{kept}{note}</source>
      <translation>{kept}{note}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="274" />
      <source>{kind!r} is not one of {kinds}</source>
      <translation>{kind!r} n'est pas l'une des valeurs {kinds}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="110" />
      <source>{kind} is there, not a regular file; netbuilder writes only regular files and leaves it as it is: give another file name</source>
      <translation>{kind} se trouve à cet emplacement, et non un fichier ordinaire ; netbuilder n'écrit que des fichiers ordinaires et le laisse tel quel : donnez un autre nom de fichier</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/exports.py" line="41" />
      <source>{kind} pictures (*{suffix})</source>
      <translation>Images {kind} (*{suffix})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="121" />
      <source>{label} does not keep the batch as its first size; netbuilder reshapes each sample: write x.view(x.size(0), ...) or x.reshape(-1, ...)</source>
      <translation>{label} ne garde pas le lot comme première taille ; netbuilder remodèle chaque échantillon : écrivez x.view(x.size(0), ...) ou x.reshape(-1, ...)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/session.py" line="348" />
      <source>{label} ended before it had weights ({status}); nothing to restore</source>
      <translation>{label} a pris fin avant d'avoir des poids ({status}) ; rien à restaurer</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="79" />
      <source>{label} has no layer type in netbuilder's catalogue; build forward() from catalogue layers (see the editor's palette), or leave it out</source>
      <translation>{label} n'a pas de type de couche dans le catalogue de netbuilder ; construisez forward() avec des couches du catalogue (voir la palette de l'éditeur), ou supprimez-le</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="152" />
      <source>{label} has {name}={value!r}, which nn.{layer} (netbuilder's layer) cannot take</source>
      <translation>{label} a {name}={value!r}, que nn.{layer} (la couche de netbuilder) ne peut pas accepter</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="319" />
      <source>{label} is a sweep's trial: its curves and settings are in the Runs view; its weights were not kept, so it cannot be restored.</source>
      <translation>{label} est un essai d'un balayage : ses courbes et ses réglages sont dans la vue Exécutions ; ses poids n'ont pas été conservés, il ne peut donc pas être restauré.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="85" />
      <source>{label} is a sweep's trial: its weights were not kept (the Runs view compares it)</source>
      <translation>{label} est un essai d'un balayage : ses poids n'ont pas été conservés (la vue Exécutions permet de le comparer)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="139" />
      <source>{label} is not applied to a layer output</source>
      <translation>{label} n'est pas appliqué à une sortie de couche</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/vision.py" line="46" />
      <source>{label} not found in {root} (looked for {where}){why}; pass --data-dir or set {data_dir_env} to a folder that contains {folder}, or {fix}</source>
      <translation>{label} introuvable dans {root} (recherché : {where}){why} ; passez --data-dir ou réglez {data_dir_env} sur un dossier qui contient {folder}, ou {fix}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="125" />
      <source>{label} on {device} ({seconds:.1f} s). </source>
      <translation>{label} sur {device} ({seconds:.1f} s). </translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="128" />
      <source>{label} on {device} ({seconds:.1f} s). Changed: {changed}</source>
      <translation>{label} sur {device} ({seconds:.1f} s). Modifié : {changed}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="125" />
      <source>{label} reshapes no layer output</source>
      <translation>{label} ne remodèle aucune sortie de couche</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="94" />
      <source>{label} scales what it adds (alpha); netbuilder's Add only sums</source>
      <translation>{label} met à l'échelle ce qu'il ajoute (alpha) ; l'Add de netbuilder ne fait que sommer</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="145" />
      <source>{label} takes a second tensor ({name}={arg_name}); netbuilder's {layer} takes its input only</source>
      <translation>{label} prend un second tenseur ({name}={arg_name}) ; le {layer} de netbuilder ne prend que son entrée</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/session.py" line="351" />
      <source>{label} trained a different network (layers or connections changed since); its weights do not fit this one</source>
      <translation>{label} a entraîné un réseau différent (couches ou connexions modifiées depuis) ; ses poids ne conviennent pas à celui-ci</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/weights.py" line="89" />
      <source>{label} trained a different network from the one on the canvas (layers or connections changed since); its weights do not fit it</source>
      <translation>{label} a entraîné un réseau différent de celui du canevas (couches ou connexions modifiées depuis) ; ses poids ne lui conviennent pas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="257" />
      <source>{label} uses {node_name!r}, which is not a layer's output</source>
      <translation>{label} utilise {node_name!r}, qui n'est pas la sortie d'une couche</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="105" />
      <source>{label} writes into out=; netbuilder's {type_name} cannot</source>
      <translation>{label} écrit dans out= ; le {type_name} de netbuilder ne le peut pas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="102" />
      <source>{label} {what}; netbuilder's {type_name} joins two or more layer outputs</source>
      <translation>{label} {what} ; le {type_name} de netbuilder joint deux sorties de couches ou plus</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="134" />
      <source>{label}: cannot read its arguments</source>
      <translation>{label} : impossible de lire ses arguments</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="157" />
      <source>{label}: its arguments do not make an nn.{name} ({exc})</source>
      <translation>{label} : ses arguments ne forment pas un nn.{name} ({exc})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="316" />
      <source>{label}: sweep trial {trial}, {state}, 1 epoch (not restorable)</source>
      <translation>{label} : essai de balayage {trial}, {state}, 1 époque (non restaurable)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="317" />
      <source>{label}: sweep trial {trial}, {state}, {epochs} epochs (not restorable)</source>
      <translation>{label} : essai de balayage {trial}, {state}, {epochs} époques (non restaurable)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep_rows.py" line="41" />
      <source>{label}: write a range (low..high) or choices (a,b,c), or uncheck it.</source>
      <translation>{label} : écrivez une plage (min..max) ou des choix (a,b,c), ou décochez-le.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="122" />
      <source>{label}: {status}, 1 epoch</source>
      <translation>{label} : {status}, 1 époque</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/news.py" line="124" />
      <source>{label}: {status}, {epochs} epochs</source>
      <translation>{label} : {status}, {epochs} époques</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="332" />
      <source>{layers} layers · {params} parameters · {state} (checked in {ms:.1f} ms)</source>
      <translation>{layers} couches · {params} paramètres · {state} (vérifié en {ms:.1f} ms)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="99" />
      <source>{learn:,} parameters learn; {frozen:,} are frozen (they keep their pretrained values)</source>
      <translation>{learn:,} paramètres apprennent ; {frozen:,} sont gelés (ils gardent leurs valeurs pré-entraînées)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/output_fit.py" line="66" />
      <source>{loss} is a loss for classes, but {dataset_name} is a regression dataset (numbers to predict). Use mse or l1.</source>
      <translation>{loss} est une perte pour des classes, mais {dataset_name} est un jeu de données de régression (des nombres à prédire). Utilisez mse ou l1.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="197" />
      <source>{memory} (too much)</source>
      <translation>{memory} (trop)</translation>
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
      <translation>{method} sur {node}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="102" />
      <source>{method} takes no option {option!r}</source>
      <translation>{method} n'accepte pas l'option {option!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/explain.py" line="100" />
      <source>{method} takes no option {option!r} (only {options})</source>
      <translation>{method} n'accepte pas l'option {option!r} (seulement {options})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/explain.py" line="280" />
      <source>{method}: red adds to the score, blue takes away</source>
      <translation>{method} : le rouge augmente le score, le bleu le diminue</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="156" />
      <source>{metric}
(higher is better)</source>
      <translation>{metric}
(plus élevé = meilleur)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="156" />
      <source>{metric}
(log, higher is better)</source>
      <translation>{metric}
(log, plus élevé = meilleur)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="153" />
      <source>{metric}
(log, lower is better)</source>
      <translation>{metric}
(log, plus bas = meilleur)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="153" />
      <source>{metric}
(lower is better)</source>
      <translation>{metric}
(plus bas = meilleur)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="107" />
      <source>{metric} {value:.4g} (wanted {sign} {target:g})</source>
      <translation>{metric} {value:.4g} (attendu : {sign} {target:g})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="261" />
      <source>{metric}: higher is better</source>
      <translation>{metric} : plus la valeur est élevée, mieux c'est</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="260" />
      <source>{metric}: lower is better</source>
      <translation>{metric} : plus la valeur est basse, mieux c'est</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/train_config.py" line="85" />
      <source>{monitor!r} is not measured on {dataset_name} ({kind} dataset); use one of {offered}</source>
      <translation>{monitor!r} n'est pas mesuré sur {dataset_name} (jeu de données {kind}) ; utilisez l'une des valeurs {offered}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="81" />
      <source>{ms} ms/batch</source>
      <translation>{ms} ms/lot</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="154" />
      <source>{n:,} batches</source>
      <translation>{n:,} lots</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="321" />
      <source>{n:,} filters of {size}</source>
      <translation>{n:,} filtres de {size}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/scene.py" line="329" />
      <source>{n:,} param</source>
      <translation>{n:,} param.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/scene.py" line="330" />
      <source>{n:,} params</source>
      <translation>{n:,} param.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="80" />
      <source>{n:,} times</source>
      <translation>{n:,} fois</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="388" />
      <source>{n:,} trainable parameter</source>
      <translation>{n:,} paramètre entraînable</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="389" />
      <source>{n:,} trainable parameters</source>
      <translation>{n:,} paramètres entraînables</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="372" />
      <source>{n:,} trainable parameters in all</source>
      <translation>{n:,} paramètres entraînables au total</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="22" />
      <source>{n:,} weight</source>
      <translation>{n:,} poids</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="22" />
      <source>{n:,} weights</source>
      <translation>{n:,} poids</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="88" />
      <source>{names} and {n} more</source>
      <translation>{names} et {n} autres</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="152" />
      <source>{names}, ... ({count:,} in all)</source>
      <translation>{names}, ... ({count:,} au total)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/menus.py" line="150" />
      <source>{name} (cannot be read)</source>
      <translation>{name} (illisible)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="185" />
      <source>{name} and {more:,} more</source>
      <translation>{name} et {more:,} autres</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="125" />
      <source>{name} scalar</source>
      <translation>{name} scalaire</translation>
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
      <translation>{name}.json : {count} couche</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/gallery.py" line="191" />
      <source>{name}.json: {count} layers</source>
      <translation>{name}.json : {count} couches</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="115" />
      <source>{name}: a {node} has no dropout; dropout:NODE_ID names a Dropout layer or a layer with a dropout setting (LSTM, GRU, RNN, attention)</source>
      <translation>{name} : un {node} n'a pas de dropout ; dropout:NODE_ID désigne une couche Dropout ou une couche avec un réglage dropout (LSTM, GRU, RNN, attention)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="108" />
      <source>{name}: a {node} has no units; units:NODE_ID names a {units} layer</source>
      <translation>{name} : un {node} n'a pas d'unités ; units:NODE_ID désigne une couche {units}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/augment_data.py" line="104" />
      <source>{name}: no images to preview (samples of shape {shape})</source>
      <translation>{name} : aucune image à prévisualiser (échantillons de forme {shape})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="103" />
      <source>{name}: the design has no layer {node_id!r} (its layers: {nodes})</source>
      <translation>{name} : la conception n'a pas de couche {node_id!r} (ses couches : {nodes})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="384" />
      <source>{name}: {classes} classes; {why}{preprocessing}</source>
      <translation>{name} : {classes} classes ; {why}{preprocessing}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="296" />
      <source>{name}: {rows} rows, {features} features, target {target!r} ({task})</source>
      <translation>{name} : {rows} lignes, {features} caractéristiques, cible {target!r} ({task})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="268" />
      <source>{name}={value!r}: {problem}</source>
      <translation>{name}={value!r} : {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="94" />
      <source>{node_id} is not a valid node id: use letters, digits and _, not starting with a digit, and not a reserved name</source>
      <translation>{node_id} n'est pas un identifiant de nœud valide : utilisez des lettres, des chiffres et _, sans commencer par un chiffre, et pas un nom réservé</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="43" />
      <source>{node_id} is on or between cycles ({cycle} is one). A network must flow one way: remove one of the connections that lead back.</source>
      <translation>{node_id} se trouve sur un cycle ou entre des cycles ({cycle} en est un). Un réseau doit circuler dans un seul sens : supprimez l'une des connexions qui reviennent en arrière.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="40" />
      <source>{node_id} is part of a cycle ({cycle}). A network must flow one way: remove one of the connections that lead back.</source>
      <translation>{node_id} fait partie d'un cycle ({cycle}). Un réseau doit circuler dans un seul sens : supprimez l'une des connexions qui reviennent en arrière.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations_view.py" line="334" />
      <source>{node} ({type}): click to select it on the canvas</source>
      <translation>{node} ({type}) : cliquez pour le sélectionner sur le canevas</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="123" />
      <source>{node} cannot feed any other layer</source>
      <translation>{node} ne peut alimenter aucune autre couche</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="92" />
      <source>{node} dropout</source>
      <translation>dropout de {node}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="139" />
      <source>{node} has no connections</source>
      <translation>{node} n'a aucune connexion</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_compare.py" line="90" />
      <source>{node} units</source>
      <translation>unités de {node}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="171" />
      <source>{node} · {type} · no weights</source>
      <translation>{node} · {type} · aucun poids</translation>
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
      <translation>{node}, canal {channel} en ({y}, {x}) : {value:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations_view.py" line="332" />
      <source>{node}, row {r}, column {c}: {value:.4g}</source>
      <translation>{node}, ligne {r}, colonne {c} : {value:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations_view.py" line="327" />
      <source>{node}, {name}: {value:.4g}</source>
      <translation>{node}, {name} : {value:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="86" />
      <source>{node}: {message}</source>
      <translation>{node} : {message}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/boundary_texts.py" line="65" />
      <source>{note}: {text}</source>
      <translation>{note} : {text}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="263" />
      <source>{note}Finding a learning rate: about a hundred batches at growing rates, on a copy of the weights…</source>
      <translation>{note}Recherche d'un taux d'apprentissage : une centaine de lots à des taux croissants, sur une copie des poids…</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="135" />
      <source>{n} batches from {low} to {high}</source>
      <translation>{n} lots de {low} à {high}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="371" />
      <source>{n} layer</source>
      <translation>{n} couche</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="371" />
      <source>{n} layers</source>
      <translation>{n} couches</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="108" />
      <source>{n} others</source>
      <translation>{n} autres</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect_row.py" line="90" />
      <source>{n} picture</source>
      <translation>{n} image</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/collect_row.py" line="90" />
      <source>{n} pictures</source>
      <translation>{n} images</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="326" />
      <source>{n} problem</source>
      <translation>{n} problème</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="327" />
      <source>{n} problems</source>
      <translation>{n} problèmes</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="352" />
      <source>{n} steps</source>
      <translation>{n} étapes</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="63" />
      <source>{n} student's work from {folder}; each run is a row of the runs table and a curve in the Curves tab, labelled with the student's name.</source>
      <translation>Travail de {n} élève chargé depuis {folder} ; chaque exécution est une ligne du tableau des exécutions et une courbe dans l'onglet Courbes, étiquetée du nom de l'élève.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="65" />
      <source>{n} students' work from {folder}; each run is a row of the runs table and a curve in the Curves tab, labelled with the student's name.</source>
      <translation>Travaux de {n} élèves chargés depuis {folder} ; chaque exécution est une ligne du tableau des exécutions et une courbe dans l'onglet Courbes, étiquetée du nom de l'élève.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="123" />
      <source>{n} value</source>
      <translation>{n} valeur</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="123" />
      <source>{n} values</source>
      <translation>{n} valeurs</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="158" />
      <source>{n}. {step}</source>
      <translation>{n}. {step}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/worksheet.py" line="157" />
      <source>{n}. {step}  (the step shown now)</source>
      <translation>{n}. {step}  (l'étape affichée actuellement)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="141" />
      <source>{opened}; {n} file skipped (see the Class tab)</source>
      <translation>{opened} ; {n} fichier ignoré (voir l'onglet Classe)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/handin.py" line="142" />
      <source>{opened}; {n} files skipped (see the Class tab)</source>
      <translation>{opened} ; {n} fichiers ignorés (voir l'onglet Classe)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="68" />
      <source>{option} {text}: give the shape of one sample, without the batch, as whole numbers of at least 1 separated by commas, e.g. 1,28,28</source>
      <translation>{option} {text} : indiquez la forme d'un échantillon, sans le lot, sous forme de nombres entiers d'au moins 1 séparés par des virgules, par ex. 1,28,28</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/runs.py" line="159" />
      <source>{owner}: Run {number}</source>
      <translation>{owner} : Exécution {number}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="82" />
      <source>{panel} panel</source>
      <translation>panneau {panel}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="238" />
      <source>{param_name} is given twice: keep one</source>
      <translation>{param_name} est donné deux fois : n'en gardez qu'un</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/summary.py" line="17" />
      <source>{params:,} + {frozen:,} frozen</source>
      <translation>{params:,} + {frozen:,} gelés</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="37" />
      <source>{path} -&gt; ... ({n} layers)</source>
      <translation>{path} -&gt; ... ({n} couches)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="93" />
      <source>{path} already holds files: choose a new or empty folder (netbuilder never mixes your pictures into another folder)</source>
      <translation>{path} contient déjà des fichiers : choisissez un dossier nouveau ou vide (netbuilder ne mélange jamais vos images à un autre dossier)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="96" />
      <source>{path} cannot be read ({reason}): choose another folder</source>
      <translation>{path} est illisible ({reason}) : choisissez un autre dossier</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/collect.py" line="90" />
      <source>{path} is a file, not a folder: choose a new or empty folder</source>
      <translation>{path} est un fichier, pas un dossier : choisissez un dossier nouveau ou vide</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="73" />
      <source>{path}: 'pid' is {pid}, not a process id</source>
      <translation>{path} : 'pid' vaut {pid}, pas un identifiant de processus</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="86" />
      <source>{path}: 'saved_at' is {when}, not a time</source>
      <translation>{path} : 'saved_at' vaut {when}, pas une heure</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="142" />
      <source>{path}: a regression model predicts numbers, not classes; use predict()</source>
      <translation>{path} : un modèle de régression prédit des nombres, pas des classes ; utilisez predict()</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="166" />
      <source>{path}: a zip file, but not a lesson saved with weights (it needs {BUNDLE_LESSON} and {BUNDLE_WEIGHTS})</source>
      <translation>{path} : un fichier zip, mais pas une leçon enregistrée avec ses poids (il lui faut {BUNDLE_LESSON} et {BUNDLE_WEIGHTS})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="118" />
      <source>{path}: cannot be read ({reason})</source>
      <translation>{path} : illisible ({reason})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="54" />
      <source>{path}: cannot be read ({strerror})</source>
      <translation>{path} : illisible ({strerror})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="146" />
      <source>{path}: cannot be saved: its weights are {size:,} bytes, more than the {MAX_WEIGHTS_BYTES:,} a lesson with weights may hold (netbuilder would refuse to open it)</source>
      <translation>{path} : impossible d'enregistrer : ses poids font {size:,} octets, plus que les {MAX_WEIGHTS_BYTES:,} qu'une leçon avec poids peut contenir (netbuilder refuserait de l'ouvrir)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="142" />
      <source>{path}: cannot be saved: its weights cannot be read ({reason})</source>
      <translation>{path} : impossible d'enregistrer : ses poids sont illisibles ({reason})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="150" />
      <source>{path}: cannot be saved: the lesson is larger than a lesson can be ({MAX_LESSON_BYTES:,} bytes)</source>
      <translation>{path} : impossible d'enregistrer : la leçon dépasse la taille maximale d'une leçon ({MAX_LESSON_BYTES:,} octets)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="181" />
      <source>{path}: cannot save the design: {reason}; fix that value and save again</source>
      <translation>{path} : impossible d'enregistrer la conception : {reason} ; corrigez cette valeur et enregistrez à nouveau</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="176" />
      <source>{path}: damaged or incomplete lesson file ({reason})</source>
      <translation>{path} : fichier de leçon endommagé ou incomplet ({reason})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="191" />
      <source>{path}: it was not saved with weights</source>
      <translation>{path} : il n'a pas été enregistré avec ses poids</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="89" />
      <source>{path}: its 'design' is {shown}, not a design</source>
      <translation>{path} : son 'design' vaut {shown}, pas une conception</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="93" />
      <source>{path}: its 'path' {original} is not a file name; the design comes back unnamed</source>
      <translation>{path} : son 'path' {original} n'est pas un nom de fichier ; la conception revient sans nom</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="117" />
      <source>{path}: its 'weights' {name} is not a file in the recovery folder</source>
      <translation>{path} : son 'weights' {name} n'est pas un fichier du dossier de récupération</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="98" />
      <source>{path}: its 'weights' {weights} is not a file in the recovery folder; the design comes back without trained weights</source>
      <translation>{path} : son 'weights' {weights} n'est pas un fichier du dossier de récupération ; la conception revient sans poids entraînés</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="178" />
      <source>{path}: its {file}</source>
      <translation>{path} : son {file}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="171" />
      <source>{path}: its {file} is larger than a lesson can be</source>
      <translation>{path} : son {file} dépasse la taille maximale d'une leçon</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="56" />
      <source>{path}: more than a recovery file can be ({limit:,} bytes)</source>
      <translation>{path} : dépasse la taille maximale d'un fichier de récupération ({limit:,} octets)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="66" />
      <source>{path}: not UTF-8 text</source>
      <translation>{path} : pas du texte UTF-8</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="69" />
      <source>{path}: not a netbuilder recovery record (its 'format' is not {format!r})</source>
      <translation>{path} : pas un enregistrement de récupération netbuilder (son 'format' n'est pas {format!r})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="42" />
      <source>{path}: not a regular file ({file_kind}); netbuilder does not open it</source>
      <translation>{path} : pas un fichier ordinaire ({file_kind}) ; netbuilder ne l'ouvre pas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="51" />
      <source>{path}: not a regular file; netbuilder does not open it</source>
      <translation>{path} : pas un fichier ordinaire ; netbuilder ne l'ouvre pas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="116" />
      <source>{path}: not a text file (a lesson is JSON, UTF-8)</source>
      <translation>{path} : pas un fichier texte (une leçon est du JSON, en UTF-8)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="81" />
      <source>{path}: recovery record version {version} is not one this netbuilder reads ({known})</source>
      <translation>{path} : la version {version} de l'enregistrement de récupération n'est pas lisible par ce netbuilder ({known})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="45" />
      <source>{path}: {st_size:,} bytes, more than a recovery file can be ({limit:,})</source>
      <translation>{path} : {st_size:,} octets, plus que la taille maximale d'un fichier de récupération ({limit:,})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_chart.py" line="33" />
      <source>{percent:.1f}%</source>
      <translation>{percent:.1f} %</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/recipe.py" line="274" />
      <source>{problem}. {causes}. {fixes}.</source>
      <translation>{problem}. {causes}. {fixes}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="173" />
      <source>{problem}; it could not be moved aside</source>
      <translation>{problem} ; il n'a pas pu être mis de côté</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="172" />
      <source>{problem}; set aside as {moved}</source>
      <translation>{problem} ; mis de côté sous le nom {moved}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/camera_feed.py" line="194" />
      <source>{rate:.1f} frames a second classified ({dropped} dropped while busy)</source>
      <translation>{rate:.1f} images classées par seconde ({dropped} abandonnées pendant le traitement)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="78" />
      <source>{ratio:.0%} of the largest</source>
      <translation>{ratio:.0%} du maximum</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/bundled.py" line="48" />
      <source>{raw} is not a folder bundled with netbuilder (bundled: {offered}): name one of them, or the path of your own folder</source>
      <translation>{raw} n'est pas un dossier fourni avec netbuilder (fournis : {offered}) : nommez l'un d'eux, ou le chemin de votre propre dossier</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/camera_feed.py" line="225" />
      <source>{reason}: Try it on the camera needs one; draw or type an input instead.</source>
      <translation>{reason} : « Essayer » avec la caméra en nécessite une ; dessinez ou saisissez plutôt une entrée.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/common/camera.py" line="29" />
      <source>{reason}: add pictures from files instead.</source>
      <translation>{reason} : ajoutez plutôt des images depuis des fichiers.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/atomic.py" line="149" />
      <source>{reason}: nothing was saved there, and a file already there is unchanged</source>
      <translation>{reason} : rien n'y a été enregistré, et un fichier déjà présent reste inchangé</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/document.py" line="135" />
      <source>{reason}: the network cannot be changed now. Stop the run to edit it.</source>
      <translation>{reason} : le réseau ne peut pas être modifié maintenant. Arrêtez l'exécution pour le modifier.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/training_actions.py" line="100" />
      <source>{reason}: the network is locked until the run ends</source>
      <translation>{reason} : le réseau est verrouillé jusqu'à la fin de l'exécution</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/view.py" line="89" />
      <source>{reason}: the network is locked until the run ends (cards can still move)</source>
      <translation>{reason} : le réseau est verrouillé jusqu'à la fin de l'exécution (les vignettes peuvent encore être déplacées)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/autosave.py" line="184" />
      <source>{reason}; the design is restored without its trained weights</source>
      <translation>{reason} ; la conception est restaurée sans ses poids entraînés</translation>
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
exactitude val. {accuracy:.1%}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_thumbs.py" line="27" />
      <source>{run}
val loss {loss:.4g}</source>
      <translation>{run}
perte val. {loss:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/sweep.py" line="270" />
      <source>{run} (trial {n})</source>
      <translation>{run} (essai {n})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/parallel_coords.py" line="227" />
      <source>{run} ({state})</source>
      <translation>{run} ({state})</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs.py" line="340" />
      <source>{run} validation</source>
      <translation>{run}, validation</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_thumbs.py" line="47" />
      <source>{run}: the class it predicts over the plane of its two inputs at its end (paler where it is unsure), with {n:,} training points</source>
      <translation>{run} : la classe prédite sur le plan de ses deux entrées à la fin (plus pâle là où la prédiction est incertaine), avec {n:,} points d'entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/runs_thumbs.py" line="55" />
      <source>{run}: validation accuracy {accuracy:.1%} ({n:,} samples)</source>
      <translation>{run} : exactitude de validation {accuracy:.1%} ({n:,} échantillons)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/lr_finder.py" line="287" />
      <source>{said}. The weights are as they were.</source>
      <translation>{said}. Les poids sont tels qu'ils étaient.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="243" />
      <source>{seen} and {param_name} both set {target} of layer {layer}: keep one</source>
      <translation>{seen} et {param_name} règlent tous deux {target} de la couche {layer} : n'en gardez qu'un</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="241" />
      <source>{seen} and {param_name} both set {target}: keep one</source>
      <translation>{seen} et {param_name} règlent tous deux {target} : n'en gardez qu'un</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/plot_base.py" line="266" />
      <source>{series}
epoch {x:.2f}: {y:.4g}</source>
      <translation>{series}
époque {x:.2f} : {y:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/accessibility.py" line="193" />
      <source>{setting}: back to the default</source>
      <translation>{setting} : retour à la valeur par défaut</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/training/driver.py" line="197" />
      <source>{setting}: {reason}</source>
      <translation>{setting} : {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/problems.py" line="91" />
      <source>{severity}. Click to show {node} on the canvas.</source>
      <translation>{severity}. Cliquez pour afficher {node} sur le canevas.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations_view.py" line="211" />
      <source>{shape}   {lo} to {hi}</source>
      <translation>{shape}   {lo} à {hi}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations_view.py" line="208" />
      <source>{shape}   {lo} to {hi}   (the first {shown:,} of {total:,} units)</source>
      <translation>{shape}   {lo} à {hi}   (les {shown:,} premières des {total:,} unités)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/activations_view.py" line="205" />
      <source>{shape}   {lo} to {hi}   (the first {shown} of {total} maps)</source>
      <translation>{shape}   {lo} à {hi}   (les {shown} premières des {total} cartes)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/importance_bars.py" line="49" />
      <source>{share:.0%}</source>
      <translation>{share:.0%}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="69" />
      <source>{share:.0%} of its outputs saturated (in the flat tails, where they barely learn)</source>
      <translation>{share:.0%} de ses sorties saturées (dans les queues plates, où elles apprennent à peine)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="66" />
      <source>{share:.0%} of its {units:,} units dead (output 0 for every input probed)</source>
      <translation>{share:.0%} de ses {units:,} unités mortes (sortie 0 pour chaque entrée testée)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="112" />
      <source>{share:.0%} of {node_id}'s outputs are saturated (stuck near their limits, where they barely learn). Try a lower learning rate, normalised inputs, BatchNorm before it, or ReLU instead.</source>
      <translation>{share:.0%} des sorties de {node_id} sont saturées (bloquées près de leurs limites, où elles apprennent à peine). Essayez un taux d'apprentissage plus faible, des entrées normalisées, BatchNorm juste avant, ou plutôt ReLU.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/advice.py" line="107" />
      <source>{share:.0%} of {node_id}'s {units:,} units are dead: they output 0 for every input and no longer learn. Try a lower learning rate, LeakyReLU instead of ReLU, or BatchNorm before it.</source>
      <translation>{share:.0%} des {units:,} unités de {node_id} sont mortes : elles sortent 0 pour toute entrée et n'apprennent plus. Essayez un taux d'apprentissage plus faible, LeakyReLU au lieu de ReLU, ou BatchNorm juste avant.</translation>
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
      <translation>{size}, plus de {share:.0%} des {free} libres : lu en flux depuis le disque, décodé par {workers} processus de travail pendant l'entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="360" />
      <source>{size}, more than {share:.0%} of the {free} free: streamed from disk, decoded by {workers} worker processes as it trains</source>
      <translation>{size}, plus de {share:.0%} des {free} libres : lu en flux depuis le disque, décodé par {workers} processus de travail pendant l'entraînement</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="347" />
      <source>{size}, preloaded (the dataset's preload is true)</source>
      <translation>{size}, préchargé (le preload du jeu de données vaut true)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="352" />
      <source>{size}, preloaded in memory</source>
      <translation>{size}, préchargé en mémoire</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="354" />
      <source>{size}, preloaded in memory ({free} free)</source>
      <translation>{size}, préchargé en mémoire ({free} libres)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/images.py" line="349" />
      <source>{size}, streamed from disk (the dataset's preload is false)</source>
      <translation>{size}, lu en flux depuis le disque (le preload du jeu de données vaut false)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="183" />
      <source>{source} is already connected to {target}</source>
      <translation>{source} est déjà connecté à {target}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="141" />
      <source>{source} → {target}</source>
      <translation>{source} → {target}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/items.py" line="356" />
      <source>{source} → {target} (input {port})</source>
      <translation>{source} → {target} (entrée {port})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="110" />
      <source>{source}: no such lesson file, and no bundled lesson of that name (bundled: {names})</source>
      <translation>{source} : aucun fichier de leçon de ce nom, ni aucune leçon fournie de ce nom (fournies : {names})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_load.py" line="25" />
      <source>{spec}: name the model as FILE.py:ClassName, e.g. model.py:MyNet</source>
      <translation>{spec} : nommez le modèle sous la forme FILE.py:ClassName, par ex. model.py:MyNet</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion_gallery.py" line="122" />
      <source>{split} split, {title}</source>
      <translation>ensemble {split}, {title}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="364" />
      <source>{split}, epoch {epoch}: {accuracy}</source>
      <translation>{split}, époque {epoch} : {accuracy}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="367" />
      <source>{split}: {accuracy}</source>
      <translation>{split} : {accuracy}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="329" />
      <source>{state}, {n} warning</source>
      <translation>{state}, {n} avertissement</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/main_window.py" line="330" />
      <source>{state}, {n} warnings</source>
      <translation>{state}, {n} avertissements</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/confusion.py" line="398" />
      <source>{support:,}</source>
      <translation>{support:,}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="193" />
      <source>{target} ({type}) has no input port {port}</source>
      <translation>{target} ({type}) n'a pas de port d'entrée {port}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="189" />
      <source>{target} ({type}) takes one input and already has one; disconnect it first</source>
      <translation>{target} ({type}) ne prend qu'une entrée et en a déjà une ; déconnectez-la d'abord</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/graph.py" line="181" />
      <source>{target} is an {type}: nothing can feed into it</source>
      <translation>{target} est un {type} : rien ne peut l'alimenter</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="126" />
      <source>{target}: not a regular file ({file_kind}); netbuilder does not open it</source>
      <translation>{target} : pas un fichier ordinaire ({file_kind}) ; netbuilder ne l'ouvre pas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/recovery.py" line="123" />
      <source>{target}: the trained weights cannot be read ({strerror})</source>
      <translation>{target} : les poids entraînés sont illisibles ({strerror})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="171" />
      <source>{text!r}: write NAME=SPEC, e.g. {examples}</source>
      <translation>{text!r} : écrivez NAME=SPEC, par ex. {examples}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="364" />
      <source>{text} in '{qualname}' ({kind})</source>
      <translation>{text} dans '{qualname}' ({kind})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="170" />
      <source>{text}: no such file</source>
      <translation>{text} : fichier introuvable</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="168" />
      <source>{text}: no such file or preset (presets: {presets})</source>
      <translation>{text} : fichier ou préréglage introuvable (préréglages : {presets})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="91" />
      <source>{title} ({path})</source>
      <translation>{title} ({path})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="293" />
      <source>{title}: step {step} of {steps}</source>
      <translation>{title} : étape {step} sur {steps}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="195" />
      <source>{total} of {free} free</source>
      <translation>{total} sur {free} libres</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/summary.py" line="193" />
      <source>{total} of {free} free under its limit</source>
      <translation>{total} sur {free} libres sous sa limite</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="20" />
      <source>{type_name} needs an input of shape [T, E] (T tokens of E features); it gets {shape}. Put it after an Embedding, a recurrent layer with return_sequences, or a Reshape.</source>
      <translation>{type_name} nécessite une entrée de forme [T, E] (T jetons de E caractéristiques) ; il reçoit {shape}. Placez-le après un Embedding, une couche récurrente avec return_sequences, ou un Reshape.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/recurrent.py" line="25" />
      <source>{type_name} needs an input of shape [T, F] (T steps of F features); it gets {shape}. Use an Input such as [28, 28], an Embedding, or a Reshape before it.</source>
      <translation>{type_name} nécessite une entrée de forme [T, F] (T pas de F caractéristiques) ; il reçoit {shape}. Placez avant lui un Input comme [28, 28], un Embedding ou un Reshape.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="25" />
      <source>{type_name} needs an input of shape {what}; it gets {shape}. {hint}</source>
      <translation>{type_name} nécessite une entrée de forme {what} ; il reçoit {shape}. {hint}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/activation.py" line="23" />
      <source>{type_name} over dim {dim} does not fit an input of shape {shape} (with the batch it has {rank} dimensions). Use dim -1 for the last one.</source>
      <translation>{type_name} selon la dim {dim} ne convient pas à une entrée de forme {shape} (avec le lot, elle a {rank} dimensions). Utilisez dim -1 pour la dernière.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/attention.py" line="26" />
      <source>{type_name} splits its {embed} input features among {heads_param} = {heads} heads, so the feature count must be divisible by {heads_param}; {embed} is not. Use {heads_param} {fits}, or change the layer before it.</source>
      <translation>{type_name} répartit ses {embed} caractéristiques d'entrée entre {heads_param} = {heads} têtes : le nombre de caractéristiques doit donc être divisible par {heads_param}, or {embed} ne l'est pas. Utilisez {heads_param} {fits}, ou modifiez la couche qui le précède.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/pool.py" line="29" />
      <source>{type_name}'s padding can be at most half its kernel size; it is {padding} for a {kernel} kernel.</source>
      <translation>Le padding de {type_name} peut valoir au plus la moitié de la taille de son noyau ; il vaut {padding} pour un noyau {kernel}.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="57" />
      <source>{type_name}'s {kernel} {what} does not fit its input of size {size}: the output would be empty. Use a smaller kernel or stride, more padding, or place it before the size shrinks.</source>
      <translation>Le {what} {kernel} de {type_name} ne convient pas à son entrée de taille {size} : la sortie serait vide. Utilisez un noyau ou un stride plus petit, plus de padding, ou placez-le avant que la taille ne diminue.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/conv.py" line="34" />
      <source>{type_name}'s {name} must be one number or {n} numbers (one per spatial dimension); it is {value}.</source>
      <translation>Le {name} de {type_name} doit être un nombre ou {n} nombres (un par dimension spatiale) ; il vaut {value}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/window/keyboard.py" line="125" />
      <source>{type} ({node})</source>
      <translation>{type} ({node})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/shapes.py" line="102" />
      <source>{type} cannot take this input: {problem}</source>
      <translation>{type} ne peut pas accepter cette entrée : {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="73" />
      <source>{type} has no input port {port}; connect to its port 0 instead.</source>
      <translation>{type} n'a pas de port d'entrée {port} ; connectez plutôt à son port 0.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="148" />
      <source>{type} has no parameter '{name}'</source>
      <translation>{type} n'a pas de paramètre '{name}'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="144" />
      <source>{type} has no parameter {name}; it takes no parameters</source>
      <translation>{type} n'a pas de paramètre {name} ; il ne prend aucun paramètre</translation>
    </message>
    <message>
      <location filename="netbuilder/core/layers/base.py" line="142" />
      <source>{type} has no parameter {name}; it takes {names}</source>
      <translation>{type} n'a pas de paramètre {name} ; il prend {names}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/inspector.py" line="391" />
      <source>{type} has no settings: it works the same whatever you do.</source>
      <translation>{type} n'a aucun réglage : il fonctionne de la même façon quoi que vous fassiez.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="173" />
      <source>{type} has no weights: it transforms its input the same way however the network trains.</source>
      <translation>{type} n'a pas de poids : il transforme son entrée de la même façon, quel que soit l'entraînement du réseau.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="175" />
      <source>{type} holds no weights to show here (only counters or empty tensors).</source>
      <translation>{type} ne contient aucun poids à afficher ici (seulement des compteurs ou des tenseurs vides).</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="64" />
      <source>{type} needs at least {min_inputs} inputs; it has {n_ins}. Connect another branch to it.</source>
      <translation>{type} nécessite au moins {min_inputs} entrées ; il en a {n_ins}. Connectez-lui une autre branche.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="70" />
      <source>{type} takes {max_inputs} input(s); it has {n_ins}. Remove the extra ones.</source>
      <translation>{type} prend {max_inputs} entrée(s) ; il en a {n_ins}. Supprimez celles qui sont en trop.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/shapes.py" line="92" />
      <source>{type} would output shape {shape}, which has an empty dimension: its input is too small for its kernel, stride or padding.</source>
      <translation>{type} produirait une sortie de forme {shape}, qui a une dimension vide : son entrée est trop petite pour son noyau, son stride ou son padding.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="76" />
      <source>{type}'s inputs leave a gap in ports {ports}; reconnect them.</source>
      <translation>Les entrées de {type} laissent un trou dans les ports {ports} ; reconnectez-les.</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/validate.py" line="79" />
      <source>{type}: {problem}.</source>
      <translation>{type} : {problem}.</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/curves.py" line="155" />
      <source>{used:.2f} is used</source>
      <translation>{used:.2f} est utilisé</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="177" />
      <source>{value!r} is not a finite number</source>
      <translation>{value!r} n'est pas un nombre fini</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/settings.py" line="126" />
      <source>{value!r} is not one of {choices}</source>
      <translation>{value!r} n'est pas l'une des valeurs {choices}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/datasets/tabular.py" line="179" />
      <source>{value!r} is too large (the network computes in 32-bit floats: at most about 3.4e38)</source>
      <translation>{value!r} est trop grand (le réseau calcule en flottants 32 bits : au plus environ 3.4e38)</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/training.py" line="255" />
      <source>{value} (unknown)</source>
      <translation>{value} (inconnu)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/data.py" line="131" />
      <source>{value}; input values must be numbers, not true or false</source>
      <translation>{value} ; les valeurs d'entrée doivent être des nombres, pas true ou false</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="176" />
      <source>{what} is not a text of at most {limit:,} characters</source>
      <translation>{what} n'est pas un texte d'au plus {limit:,} caractères</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="178" />
      <source>{what} {k}, row {r}, column {c}</source>
      <translation>{what} {k}, ligne {r}, colonne {c}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="254" />
      <source>{where} ({title})</source>
      <translation>{where} ({title})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="45" />
      <source>{where} claims {numel:,} values of shape {value_shape} but the file holds {held:,} for it</source>
      <translation>{where} déclare {numel:,} valeurs de forme {value_shape}, mais le fichier en contient {held:,}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="319" />
      <source>{where} gets {n_sources} different tensors ({names}); netbuilder's {type} takes one input</source>
      <translation>{where} reçoit {n_sources} tenseurs différents ({names}) ; le {type} de netbuilder ne prend qu'une seule entrée</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_steps.py" line="166" />
      <source>{where} has no layer type in netbuilder's catalogue</source>
      <translation>{where} n'a pas de type de couche dans le catalogue de netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="148" />
      <source>{where} has no loss</source>
      <translation>{where} n'a pas de perte</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="151" />
      <source>{where} has the key {shown}, not a name</source>
      <translation>{where} a la clé {shown}, pas un nom</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="121" />
      <source>{where} has the wrong shapes</source>
      <translation>{where} a des formes erronées</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/summary.py" line="83" />
      <source>{where} has {free} free</source>
      <translation>{where} dispose de {free} libres</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="125" />
      <source>{where} holds numbers a boundary cannot have</source>
      <translation>{where} contient des nombres qu'une frontière ne peut pas avoir</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="41" />
      <source>{where} holds {dtype} values; a netbuilder checkpoint holds real numbers only</source>
      <translation>{where} contient des valeurs {dtype} ; un point de contrôle netbuilder ne contient que des nombres réels</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="290" />
      <source>{where} is called with other arguments than layer outputs; netbuilder's {type} takes only its input tensors</source>
      <translation>{where} est appelé avec d'autres arguments que des sorties de couches ; le {type} de netbuilder ne prend que ses tenseurs d'entrée</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_backbone.py" line="172" />
      <source>{where} is called with other arguments than one layer output; netbuilder's Pretrained takes only its input image</source>
      <translation>{where} est appelé avec d'autres arguments qu'une seule sortie de couche ; le Pretrained de netbuilder ne prend que son image d'entrée</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="115" />
      <source>{where} is not a run's boundary</source>
      <translation>{where} n'est pas la frontière d'une exécution</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="214" />
      <source>{where} is not an object</source>
      <translation>{where} n'est pas un objet</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="73" />
      <source>{where} is too large (beyond float32's range, about 3.4e38)</source>
      <translation>{where} est trop grand (au-delà de la plage de float32, environ 3.4e38)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="335" />
      <source>{where} is used as {expr} (node '{node_name}'), which netbuilder's {type} cannot reproduce: {exc}</source>
      <translation>{where} est utilisé comme {expr} (nœud '{node_name}'), ce que le {type} de netbuilder ne peut pas reproduire : {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="316" />
      <source>{where} is used as {expr}, which is not one tensor</source>
      <translation>{where} est utilisé comme {expr}, qui n'est pas un tenseur unique</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="69" />
      <source>{where} is {shown}, not a number</source>
      <translation>{where} vaut {shown}, pas un nombre</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="80" />
      <source>{where} is {shown}, not a whole number from {minimum} to 2**53</source>
      <translation>{where} vaut {shown}, pas un nombre entier de {minimum} à 2**53</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="144" />
      <source>{where} is {shown}, not an epoch's metrics</source>
      <translation>{where} vaut {shown}, pas les métriques d'une époque</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="71" />
      <source>{where} is {value}, not a finite number</source>
      <translation>{where} vaut {value}, pas un nombre fini</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="296" />
      <source>{where} must be "lesson", a preset's name or a design, not {value!r}</source>
      <translation>{where} doit être "lesson", le nom d'un préréglage ou une conception, pas {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="324" />
      <source>{where} must be a list of objectNames</source>
      <translation>{where} doit être une liste d'objectNames</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="321" />
      <source>{where} must be a non-empty text</source>
      <translation>{where} doit être un texte non vide</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="304" />
      <source>{where} must be an object of settings ({choices})</source>
      <translation>{where} doit être un objet de réglages ({choices})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="34" />
      <source>{where} must be an object with at least one key (predict, status or a metric)</source>
      <translation>{where} doit être un objet avec au moins une clé (predict, status ou une métrique)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="300" />
      <source>{where} must be one of {choices}, not {value!r}</source>
      <translation>{where} doit être l'une des valeurs {choices}, pas {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="318" />
      <source>{where} must be true</source>
      <translation>{where} doit valoir true</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="314" />
      <source>{where} must be {{"epochs": N}} or {{"batches": N}} with N a whole number from 1 to 100,000</source>
      <translation>{where} doit être {{"epochs": N}} ou {{"batches": N}} avec N un nombre entier de 1 à 100 000</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="312" />
      <source>{where} returns a tuple, and {label} uses it whole; take the tensor you need out of it (e.g. out, _ = self.{target}(x))</source>
      <translation>{where} renvoie un tuple, et {label} l'utilise en entier ; extrayez-en le tenseur dont vous avez besoin (par ex. out, _ = self.{target}(x))</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="287" />
      <source>{where} returns {name}, not one tensor</source>
      <translation>{where} renvoie {name}, pas un tenseur unique</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="240" />
      <source>{where}'s loss curve is not two tensors of one length</source>
      <translation>la courbe de perte de {where} n'est pas formée de deux tenseurs de même longueur</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="237" />
      <source>{where}.confusion is not a square table of counts</source>
      <translation>{where}.confusion n'est pas un tableau carré d'effectifs</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint_checks.py" line="146" />
      <source>{where}.epoch is {entry}, not {i}</source>
      <translation>{where}.epoch vaut {entry}, pas {i}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="225" />
      <source>{where}.history is not a list of epochs</source>
      <translation>{where}.history n'est pas une liste d'époques</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="221" />
      <source>{where}.number is not a run number</source>
      <translation>{where}.number n'est pas un numéro d'exécution</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="48" />
      <source>{where}.predict has {n_input} input rows and {n_output} output rows; they must match</source>
      <translation>{where}.predict a {n_input} lignes d'entrée et {n_output} lignes de sortie ; leurs nombres doivent correspondre</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="39" />
      <source>{where}.predict must be an object with 'input' and 'output' rows</source>
      <translation>{where}.predict doit être un objet avec des lignes 'input' et 'output'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="52" />
      <source>{where}.predict.tolerance must be a number of at least 0</source>
      <translation>{where}.predict.tolerance doit être un nombre supérieur ou égal à 0</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="45" />
      <source>{where}.predict.{part} must be a list of rows of numbers</source>
      <translation>{where}.predict.{part} doit être une liste de lignes de nombres</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="218" />
      <source>{where}.status is not one of {statuses}</source>
      <translation>{where}.status n'est pas l'une des valeurs {statuses}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="55" />
      <source>{where}.status must be one of {choices}, not {value!r}</source>
      <translation>{where}.status doit être l'une des valeurs {choices}, pas {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="232" />
      <source>{where}.{key} is not an object</source>
      <translation>{where}.{key} n'est pas un objet</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="63" />
      <source>{where}.{key} must be a number (the value to reach), not {value!r}</source>
      <translation>{where}.{key} doit être un nombre (la valeur à atteindre), pas {value!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/expectations.py" line="60" />
      <source>{where}.{key} must be a number, or {{"at_least": x}} or {{"at_most": x}}</source>
      <translation>{where}.{key} doit être un nombre, ou {{"at_least": x}} ou {{"at_most": x}}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="260" />
      <source>{where}: 'action' must be an object with exactly one of {choices}</source>
      <translation>{where} : 'action' doit être un objet avec exactement l'une des clés {choices}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="222" />
      <source>{where}: 'description' must be a text</source>
      <translation>{where} : 'description' doit être un texte</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="234" />
      <source>{where}: 'design' must be a preset's name or a design object</source>
      <translation>{where} : 'design' doit être le nom d'un préréglage ou un objet de conception</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="226" />
      <source>{where}: 'design' names the preset {design!r}, which does not exist</source>
      <translation>{where} : 'design' nomme le préréglage {design!r}, qui n'existe pas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="64" />
      <source>{where}: 'edges' must be a list</source>
      <translation>{where} : 'edges' doit être une liste</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="279" />
      <source>{where}: 'expect_advice' must be a list of advice codes ({choices})</source>
      <translation>{where} : 'expect_advice' doit être une liste de codes de conseil ({choices})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="70" />
      <source>{where}: 'expected' must be an object</source>
      <translation>{where} : 'expected' doit être un objet</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="51" />
      <source>{where}: 'format' is {fmt}, not {expected!r}: this is not a netbuilder design</source>
      <translation>{where} : 'format' vaut {fmt}, pas {expected!r} : ce n'est pas une conception netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="208" />
      <source>{where}: 'format' must be "{FORMAT}" (is this a lesson file?)</source>
      <translation>{where} : 'format' doit valoir "{FORMAT}" (est-ce bien un fichier de leçon ?)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="62" />
      <source>{where}: 'nodes' must be a list</source>
      <translation>{where} : 'nodes' doit être une liste</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="237" />
      <source>{where}: 'steps' must be a non-empty list</source>
      <translation>{where} : 'steps' doit être une liste non vide</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="256" />
      <source>{where}: 'text' must be a text</source>
      <translation>{where} : 'text' doit être un texte</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="219" />
      <source>{where}: 'title' must be a non-empty text</source>
      <translation>{where} : 'title' doit être un texte non vide</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="67" />
      <source>{where}: 'training' must be an object</source>
      <translation>{where} : 'training' doit être un objet</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="33" />
      <source>{where}: 'version' must be a whole number, not {version}</source>
      <translation>{where} : 'version' doit être un nombre entier, pas {version}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="269" />
      <source>{where}: '{key}' belongs to a step whose action is 'train'</source>
      <translation>{where} : '{key}' appartient à une étape dont l'action est 'train'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="59" />
      <source>{where}: '{key}' must be a string</source>
      <translation>{where} : '{key}' doit être une chaîne</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="196" />
      <source>{where}: a :log range needs ends above 0, e.g. {name}=1e-5..1e-1:log</source>
      <translation>{where} : une plage :log nécessite des bornes supérieures à 0, par ex. {name}=1e-5..1e-1:log</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="47" />
      <source>{where}: a design must be a JSON object, not {kind}</source>
      <translation>{where} : une conception doit être un objet JSON, pas {kind}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="206" />
      <source>{where}: a lesson is a JSON object, not {kind}</source>
      <translation>{where} : une leçon est un objet JSON, pas {kind}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="246" />
      <source>{where}: a step is an object with a title and a text</source>
      <translation>{where} : une étape est un objet avec un titre et un texte</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="108" />
      <source>{where}: a text at {link} holds an invalid character (a lone UTF-16 surrogate such as \ud800); fix or remove it</source>
      <translation>{where} : un texte à {link} contient un caractère invalide (un substitut UTF-16 isolé comme \ud800) ; corrigez-le ou supprimez-le</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="266" />
      <source>{where}: action '{kind}'</source>
      <translation>{where} : action '{kind}'</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="184" />
      <source>{where}: after the range write :log or nothing, not :{flag}</source>
      <translation>{where} : après la plage, écrivez :log ou rien, pas :{flag}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="207" />
      <source>{where}: an empty choice; write choices as a,b,c</source>
      <translation>{where} : un choix vide ; écrivez les choix sous la forme a,b,c</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="149" />
      <source>{where}: cannot read the file ({reason})</source>
      <translation>{where} : impossible de lire le fichier ({reason})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="257" />
      <source>{where}: checkpoint version {version} is newer than this netbuilder understands ({known}); update netbuilder to open it</source>
      <translation>{where} : la version {version} du point de contrôle est plus récente que ce que comprend ce netbuilder ({known}) ; mettez netbuilder à jour pour l'ouvrir</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="283" />
      <source>{where}: expect_advice: unknown advice code {unknown!r}; use {choices}</source>
      <translation>{where} : expect_advice : code de conseil inconnu {unknown!r} ; utilisez {choices}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="94" />
      <source>{where}: it has no entry {name}</source>
      <translation>{where} : il n'a pas d'entrée {name}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="232" />
      <source>{where}: its design: {reason}</source>
      <translation>{where} : sa conception : {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="80" />
      <source>{where}: its entries are more than {total} inflated together, more than netbuilder reads; is this the right file?</source>
      <translation>{where} : ses entrées dépassent {total} une fois décompressées ensemble, plus que ce que netbuilder lit ; est-ce le bon fichier ?</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="83" />
      <source>{where}: its entries declare {inflated:,} bytes together but the file has {file_size:,}: the file is damaged; save it again from netbuilder</source>
      <translation>{where} : ses entrées déclarent {inflated:,} octets au total, mais le fichier en fait {file_size:,} : le fichier est endommagé ; enregistrez-le à nouveau depuis netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="57" />
      <source>{where}: its entry {name} declares {size:,} bytes but stores {packed:,}: the file is damaged; save it again from netbuilder</source>
      <translation>{where} : son entrée {name} déclare {size:,} octets mais en stocke {packed:,} : le fichier est endommagé ; enregistrez-le à nouveau depuis netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="51" />
      <source>{where}: its entry {name} has a negative size: the file is damaged</source>
      <translation>{where} : son entrée {name} a une taille négative : le fichier est endommagé</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="53" />
      <source>{where}: its entry {name} is compressed ({packed:,} bytes that would inflate to {size:,}), but netbuilder writes this file's entries stored as they are; save it again from netbuilder</source>
      <translation>{where} : son entrée {name} est compressée ({packed:,} octets qui se décompresseraient en {size:,}), mais netbuilder écrit les entrées de ce fichier sans compression ; enregistrez-le à nouveau depuis netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="103" />
      <source>{where}: its entry {name} is damaged (shorter than it says)</source>
      <translation>{where} : son entrée {name} est endommagée (plus courte qu'annoncé)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="100" />
      <source>{where}: its entry {name} is damaged ({why})</source>
      <translation>{where} : son entrée {name} est endommagée ({why})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="43" />
      <source>{where}: its entry {name} is encrypted, and netbuilder does not read encrypted files; save it again without a password</source>
      <translation>{where} : son entrée {name} est chiffrée, et netbuilder ne lit pas les fichiers chiffrés ; enregistrez-le à nouveau sans mot de passe</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="60" />
      <source>{where}: its entry {name} is {size} inflated, more than netbuilder reads ({limit} at most); is this the right file?</source>
      <translation>{where} : son entrée {name} fait {size} une fois décompressée, plus que ce que netbuilder lit ({limit} au plus) ; est-ce le bon fichier ?</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="46" />
      <source>{where}: its entry {name} uses compression method {compress_type}, which netbuilder does not read (only stored or deflate); save it again with netbuilder</source>
      <translation>{where} : son entrée {name} utilise la méthode de compression {compress_type}, que netbuilder ne lit pas (seulement stored ou deflate) ; enregistrez-le à nouveau avec netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="63" />
      <source>{where}: its entry {name} would inflate {packed} to {size} (over {max_ratio} times), as a zip bomb does; netbuilder does not inflate it</source>
      <translation>{where} : son entrée {name} passerait de {packed} à {size} une fois décompressée (plus de {max_ratio} fois), comme le fait une bombe zip ; netbuilder ne la décompresse pas</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_backbone.py" line="200" />
      <source>{where}: netbuilder's Pretrained {model} and the layers after it compute other values from the same weights</source>
      <translation>{where} : le Pretrained {model} de netbuilder et les couches qui le suivent calculent d'autres valeurs à partir des mêmes poids</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer_backbone.py" line="202" />
      <source>{where}: netbuilder's Pretrained {model} compute other values from the same weights</source>
      <translation>{where} : le Pretrained {model} de netbuilder calcule d'autres valeurs à partir des mêmes poids</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="226" />
      <source>{where}: no such {kind} file</source>
      <translation>{where} : fichier {kind} introuvable</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="251" />
      <source>{where}: not a netbuilder checkpoint (a PyTorch file, but without netbuilder's design and settings; train with netbuilder to make one)</source>
      <translation>{where} : pas un point de contrôle netbuilder (un fichier PyTorch, mais sans la conception ni les réglages de netbuilder ; entraînez avec netbuilder pour en créer un)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="148" />
      <source>{where}: not a netbuilder work file (save one with File &gt; Save My Work)</source>
      <translation>{where} : pas un fichier de travail netbuilder (enregistrez-en un avec Fichier &gt; Enregistrer mon travail)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/safe_zip.py" line="119" />
      <source>{where}: not a readable zip file ({why})</source>
      <translation>{where} : pas un fichier zip lisible ({why})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="228" />
      <source>{where}: not a readable {name} ({damaged})</source>
      <translation>{where} : pas un {name} lisible ({damaged})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="240" />
      <source>{where}: not a readable {name} ({why})</source>
      <translation>{where} : pas un {name} lisible ({why})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="58" />
      <source>{where}: not valid JSON (line {lineno}, column {colno}: {reason})</source>
      <translation>{where} : JSON non valide (ligne {lineno}, colonne {colno} : {reason})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="240" />
      <source>{where}: step {n}</source>
      <translation>{where} : étape {n}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="63" />
      <source>{where}: the JSON is nested too deeply (at most {max_depth} levels)</source>
      <translation>{where} : le JSON est trop profondément imbriqué ({max_depth} niveaux au plus)</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="82" />
      <source>{where}: the JSON is nested too deeply (more than {max_depth} levels, at {link})</source>
      <translation>{where} : le JSON est trop profondément imbriqué (plus de {max_depth} niveaux, à {link})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="281" />
      <source>{where}: the checkpoint cannot be used: {exc}</source>
      <translation>{where} : le point de contrôle est inutilisable : {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="287" />
      <source>{where}: the checkpoint is damaged or incomplete ({why}); save it again from netbuilder</source>
      <translation>{where} : le point de contrôle est endommagé ou incomplet ({why}) ; enregistrez-le à nouveau depuis netbuilder</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="36" />
      <source>{where}: the file is design format version {version}, newer than this netbuilder understands ({VERSION}); update netbuilder to open it</source>
      <translation>{where} : le fichier est au format de conception version {version}, plus récent que ce que comprend ce netbuilder ({VERSION}) ; mettez netbuilder à jour pour l'ouvrir</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="152" />
      <source>{where}: the file is not UTF-8 text</source>
      <translation>{where} : le fichier n'est pas du texte UTF-8</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="113" />
      <source>{where}: the number at {link} is {value!r}, not a finite number (JSON cannot store it); use a finite number</source>
      <translation>{where} : le nombre à {link} vaut {value!r}, pas un nombre fini (JSON ne peut pas le stocker) ; utilisez un nombre fini</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="192" />
      <source>{where}: the range's first end must be below its second; for one value write {name}={low}</source>
      <translation>{where} : la première borne de la plage doit être inférieure à la seconde ; pour une seule valeur, écrivez {name}={low}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="162" />
      <source>{where}: the work cannot be used: {exc}</source>
      <translation>{where} : le travail est inutilisable : {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="165" />
      <source>{where}: the work file is damaged ({exc}); ask for it to be saved again</source>
      <translation>{where} : le fichier de travail est endommagé ({exc}) ; demandez qu'il soit enregistré à nouveau</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="264" />
      <source>{where}: unknown action {kind!r}; use one of {choices}</source>
      <translation>{where} : action inconnue {kind!r} ; utilisez l'une des actions {choices}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/training/checkpoint.py" line="255" />
      <source>{where}: unknown checkpoint version {version!r}</source>
      <translation>{where} : version de point de contrôle inconnue {version!r}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="40" />
      <source>{where}: unknown design format version {version}</source>
      <translation>{where} : version de format de conception inconnue {version}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/design/design_io.py" line="56" />
      <source>{where}: unknown field(s) {names}</source>
      <translation>{where} : champ(s) inconnu(s) {names}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="215" />
      <source>{where}: unknown key {unknown!r} (a lesson has {choices})</source>
      <translation>{where} : clé inconnue {unknown!r} (une leçon a {choices})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="249" />
      <source>{where}: unknown key {unknown!r} (a step has {choices})</source>
      <translation>{where} : clé inconnue {unknown!r} (une étape a {choices})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="308" />
      <source>{where}: unknown setting {unknown!r}; use {choices}</source>
      <translation>{where} : réglage inconnu {unknown!r} ; utilisez {choices}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/teaching/lessons.py" line="211" />
      <source>{where}: version {version!r} is not one this netbuilder reads (it reads {VERSION})</source>
      <translation>{where} : la version {version!r} n'est pas lisible par ce netbuilder (il lit {VERSION})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/handin.py" line="151" />
      <source>{where}: work file version {version!r} is not one this netbuilder reads ({known}); update netbuilder to open it</source>
      <translation>{where} : la version {version!r} du fichier de travail n'est pas lisible par ce netbuilder ({known}) ; mettez netbuilder à jour pour l'ouvrir</translation>
    </message>
    <message>
      <location filename="netbuilder/core/exchange/importer.py" line="298" />
      <source>{where}: {exc}</source>
      <translation>{where} : {exc}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="179" />
      <source>{where}: {name} takes names, not a range: write e.g. {name}={choices} (one of {all_choices})</source>
      <translation>{where} : {name} prend des noms, pas une plage : écrivez par ex. {name}={choices} (parmi {all_choices})</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="215" />
      <source>{where}: {name} takes whole numbers, not {bad}</source>
      <translation>{where} : {name} prend des nombres entiers, pas {bad}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="189" />
      <source>{where}: {name} takes whole numbers: write e.g. {name}={floor}..{ceil}</source>
      <translation>{where} : {name} prend des nombres entiers : écrivez par ex. {name}={floor}..{ceil}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="221" />
      <source>{where}: {problem}</source>
      <translation>{where} : {problem}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/files/plain_json.py" line="61" />
      <source>{where}: {reason}</source>
      <translation>{where} : {reason}</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="131" />
      <source>{where}: {text!r} is not a finite number</source>
      <translation>{where} : {text!r} n'est pas un nombre fini</translation>
    </message>
    <message>
      <location filename="netbuilder/core/session/sweep_params.py" line="128" />
      <source>{where}: {text!r} is not a number; write e.g. {examples}</source>
      <translation>{where} : {text!r} n'est pas un nombre ; écrivez par ex. {examples}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights_data.py" line="179" />
      <source>{where}: {value:.4g}</source>
      <translation>{where} : {value:.4g}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/panels/weights.py" line="295" />
      <source>{word} {channel}</source>
      <translation>{word} {channel}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="33" />
      <source>≤ 1/10,000</source>
      <translation>≤ 1/10 000</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/canvas/health.py" line="33" />
      <source>≥ 1/10 of the largest</source>
      <translation>≥ 1/10 du maximum</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="364" />
      <source>✓ Expected result reached: {found}</source>
      <translation>✓ Résultat attendu atteint : {found}</translation>
    </message>
    <message>
      <location filename="netbuilder/gui/teaching/lessons.py" line="366" />
      <source>✗ Not reached: {found}</source>
      <translation>✗ Non atteint : {found}</translation>
    </message>
  </context>
</TS>
